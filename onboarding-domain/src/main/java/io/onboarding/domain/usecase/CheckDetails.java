package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.IdDocumentReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Reads the licence of a received upload and compares it with the declared details, field by field, recording the
 * {@link DetailsCheck} (steps 8-9 of the original flow). Safe to run beside {@link CheckFace} on the same record; a
 * repeated call reuses the recorded result.
 */
public final class CheckDetails {
    private final IdDocumentReader idReader;
    private final KycPolicy policy;
    private final Clock clock;
    private final ProcessingOptions options;
    private final RecordKeeper records;

    public CheckDetails(ApplicationRepository repository, IdDocumentReader idReader, KycPolicy policy,
                        ProcessingOptions options, Clock clock) {
        this.idReader = Objects.requireNonNull(idReader, "idReader");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"), clock,
                options.claimLease());
    }

    /**
     * @throws ApplicationNotFoundException when the application has no record
     * @throws IllegalStateException        when the upload was not received (no stored documents)
     * @throws io.onboarding.domain.port.DependencyException when the reading service failed
     */
    public StepResult check(ApplicationId id, String sourceVersion) {
        ApplicationRecord record = records.current(id, sourceVersion);
        if (record.detailsCheck().isPresent() || record.decision().isPresent()) {
            return StepResult.duplicate(record);
        }
        StoredDocuments stored = StepPreconditions.documents(record);
        ApplicantDetails declared = record.applicant().orElseThrow();
        LocalDate expiryDay = options.expiryDay().orElseGet(() -> LocalDate.now(clock));
        DetailsCheck check = policy.evaluateDetails(declared, idReader.read(stored.license()), expiryDay);
        return StepResult.done(records.update(record, (r, at) -> r.detailsCheck().isPresent()
                ? r : r.withDetailsCheck(check, at)), List.of());
    }
}
