package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.matching.MatchOutcome;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides an upload once both checks are recorded (steps 10-14 of the original flow): notifies the bank of each
 * failed check, queues the licence for the third-party validator when the policy asks for it, and records the
 * decision last (PENDING_LICENSE_VALIDATION while the validator has not answered). A repeated call performs no
 * effect twice.
 */
public final class DecideApplication {
    private final KycPolicy policy;
    private final ProcessingOptions options;
    private final RecordKeeper records;
    private final Outbox outbox;

    public DecideApplication(ApplicationRepository repository, Notifier notifier, LicenseCheckQueue licenseChecks,
                             KycPolicy policy, ProcessingOptions options, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.options = Objects.requireNonNull(options, "options");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(clock, "clock"), options.claimLease());
        this.outbox = new Outbox(records, Objects.requireNonNull(notifier, "notifier"),
                Objects.requireNonNull(licenseChecks, "licenseChecks"));
    }

    /**
     * @throws ApplicationNotFoundException when the application has no record
     * @throws IllegalStateException        when a check of this upload is not recorded yet
     * @throws io.onboarding.domain.port.DependencyException when the notifier or the queue failed
     */
    public StepResult decide(ApplicationId id, String sourceVersion) {
        ApplicationRecord record = records.current(id, sourceVersion);
        if (record.decision().isPresent()) {
            return StepResult.duplicate(record);
        }
        FaceCheck face = record.faceCheck().orElseThrow(() -> notChecked(id, "face"));
        DetailsCheck details = record.detailsCheck().orElseThrow(() -> notChecked(id, "details"));
        var performed = new ArrayList<StepResult.Performed>();
        if (!face.passed()) {
            record = outbox.notify(record, Effect.NOTIFY_FACE_MATCH_FAILED, Notification.Kind.FACE_MATCH_FAILED,
                    face.reasons().stream().map(Enum::name).toList(), performed);
        }
        if (!details.passed()) {
            record = outbox.notify(record, Effect.NOTIFY_DETAILS_MATCH_FAILED,
                    Notification.Kind.DETAILS_MATCH_FAILED, detailsCodes(details), performed);
        }
        boolean validate = policy.shouldValidateLicense(face, details);
        if (validate) {
            var request = new LicenseCheckRequest(record.applicant().orElseThrow().documentNumber(),
                    options.validationOverride(), id);
            record = outbox.queue(record, request, performed);
        }
        KycDecision decision = policy.decide(face, details, record.licenseValidation(), validate);
        return StepResult.done(records.decideOnce(record, decision), performed);
    }

    private static IllegalStateException notChecked(ApplicationId id, String check) {
        return new IllegalStateException("application " + id + " has no " + check + " check recorded yet");
    }

    private static List<String> detailsCodes(DetailsCheck details) {
        var codes = new ArrayList<String>();
        if (!details.documentSupported()) {
            codes.add(DecisionReason.DOCUMENT_UNSUPPORTED.name());
        }
        if (!details.fieldsWith(MatchOutcome.MISMATCH).isEmpty()) {
            codes.add(DecisionReason.DETAILS_MISMATCH.name());
        }
        if (!details.fieldsWith(MatchOutcome.UNREADABLE).isEmpty()) {
            codes.add(DecisionReason.DETAILS_UNREADABLE.name());
        }
        details.fields().stream().filter(f -> f.outcome() != MatchOutcome.MATCH)
                .forEach(f -> codes.add(f.field().name() + "_" + f.outcome().name()));
        return codes;
    }
}
