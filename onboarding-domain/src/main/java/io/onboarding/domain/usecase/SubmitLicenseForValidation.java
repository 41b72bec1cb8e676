package io.onboarding.domain.usecase;

import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.LicenseValidator;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Submits a queued licence to the third-party validator (steps 15-18 of the original flow), records
 * LICENSE_VALIDATION, notifies the bank when the licence is invalid, and settles the decision. A redelivered
 * message reuses the recorded answer and repeats no notification.
 */
public final class SubmitLicenseForValidation {
    private final LicenseValidator validator;
    private final Notifier notifier;
    private final KycPolicy policy;
    private final RecordKeeper records;

    public SubmitLicenseForValidation(ApplicationRepository repository, LicenseValidator validator, Notifier notifier,
                                      KycPolicy policy, ProcessingOptions options, Clock clock) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(clock, "clock"), options.claimLease());
    }

    /**
     * @throws ApplicationNotFoundException when no application has the request's id (retrying will not help)
     * @throws io.onboarding.domain.port.DependencyException when the validator failed or gave no usable answer
     */
    public ApplicationRecord submit(LicenseCheckRequest request) {
        Objects.requireNonNull(request, "request");
        ApplicationRecord record = records.find(request.applicationId())
                .orElseThrow(() -> new ApplicationNotFoundException(request.applicationId()));
        if (record.licenseValidation().isEmpty()) {
            LicenseValidation answer = validator.validate(request.driverLicenseId(), request.validationOverride());
            record = records.update(record, (r, at) -> r.licenseValidation().isPresent()
                    ? r : r.withLicenseValidation(answer, at));
        }
        LicenseValidation validation = record.licenseValidation().orElseThrow();
        if (!validation.isValid()) {
            record = records.perform(record, Effect.NOTIFY_LICENSE_VALIDATION_FAILED, () -> notifier.notify(
                    new Notification(request.applicationId(), Notification.Kind.LICENSE_VALIDATION_FAILED,
                            List.of(DecisionReason.LICENSE_INVALID.name()))));
        }
        if (record.faceCheck().isEmpty() || record.detailsCheck().isEmpty()) {
            return record;   // nothing to settle: the checks of this upload are not recorded (yet)
        }
        KycDecision decision = policy.decide(record.faceCheck().get(), record.detailsCheck().get(),
                record.licenseValidation(), true);
        return records.update(record, (r, at) -> decision.equals(r.decision().orElse(null))
                ? r : r.withDecision(decision, at));
    }
}
