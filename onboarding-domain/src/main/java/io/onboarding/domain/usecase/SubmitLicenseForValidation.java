package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.LicenseValidator;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Submits a queued licence to the third-party validator (steps 15-18 of the original flow), records
 * LICENSE_VALIDATION, notifies the bank when the licence is invalid, and settles the decision. A redelivered
 * message reuses the recorded answer and repeats no notification.
 */
public final class SubmitLicenseForValidation {
    private final LicenseValidator validator;
    private final KycPolicy policy;
    private final RecordKeeper records;
    private final Outbox outbox;

    public SubmitLicenseForValidation(ApplicationRepository repository, LicenseValidator validator, Notifier notifier,
                                      KycPolicy policy, ProcessingOptions options, Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(clock, "clock"), options.claimLease());
        this.outbox = new Outbox(records, Objects.requireNonNull(notifier, "notifier"), Outbox.NO_QUEUE);
    }

    /**
     * Settles the application with the validator's answer. Only an undecided application or one waiting for the
     * validator (PENDING_LICENSE_VALIDATION) takes the settled decision: an answer arriving after the wait was
     * given up and recorded as a failure is recorded, not allowed to overturn what the bank was told.
     *
     * @throws ApplicationNotFoundException when no application has the request's id (retrying will not help)
     * @throws io.onboarding.domain.port.DependencyException when the validator failed or gave no usable answer
     */
    public StepResult submit(LicenseCheckRequest request) {
        Objects.requireNonNull(request, "request");
        ApplicationRecord record = records.find(request.applicationId())
                .orElseThrow(() -> new ApplicationNotFoundException(request.applicationId()));
        boolean asked = false;
        if (record.licenseValidation().isEmpty()) {
            LicenseValidation answer = validator.validate(request.driverLicenseId(), request.validationOverride());
            record = records.update(record, (r, at) -> r.licenseValidation().isPresent()
                    ? r : r.withLicenseValidation(answer, at));
            asked = true;
        }
        var performed = new ArrayList<StepResult.Performed>();
        LicenseValidation validation = record.licenseValidation().orElseThrow();
        if (!validation.isValid()) {
            record = outbox.notify(record, Effect.NOTIFY_LICENSE_VALIDATION_FAILED,
                    Notification.Kind.LICENSE_VALIDATION_FAILED, List.of(DecisionReason.LICENSE_INVALID.name()),
                    performed);
        }
        if (record.faceCheck().isEmpty() || record.detailsCheck().isEmpty()) {
            // nothing to settle: the checks of this upload are not recorded (yet)
            return new StepResult(record, !asked && performed.isEmpty(), performed);
        }
        KycDecision decision = policy.decide(record.faceCheck().get(), record.detailsCheck().get(),
                record.licenseValidation(), true);
        ApplicationRecord before = record;
        ApplicationRecord settled = records.update(record, (r, at) -> decision.equals(r.decision().orElse(null))
                || !awaitsTheValidator(r) ? r : r.withDecision(decision, at));
        boolean duplicate = !asked && performed.isEmpty() && settled == before;
        return new StepResult(settled, duplicate, performed);
    }

    private static boolean awaitsTheValidator(ApplicationRecord record) {
        return record.decision().map(d -> !d.isFinal()).orElse(true);
    }
}
