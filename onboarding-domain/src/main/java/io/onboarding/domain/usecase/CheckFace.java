package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.FaceComparator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Compares the selfie with the licence portrait of a received upload and records the {@link FaceCheck} (step 7 of
 * the original flow). Runs alone or beside {@link CheckDetails} on the same record: each writes only its own result,
 * re-reading on conflicts, so neither loses the other's. A repeated call reuses the recorded result.
 */
public final class CheckFace {
    private final FaceComparator faces;
    private final KycPolicy policy;
    private final RecordKeeper records;

    public CheckFace(ApplicationRepository repository, FaceComparator faces, KycPolicy policy,
                     ProcessingOptions options, Clock clock) {
        this.faces = Objects.requireNonNull(faces, "faces");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(clock, "clock"), options.claimLease());
    }

    /**
     * @throws ApplicationNotFoundException when the application has no record
     * @throws IllegalStateException        when the upload was not received (no stored documents)
     * @throws io.onboarding.domain.port.DependencyException when the comparison service failed
     */
    public StepResult check(ApplicationId id, String sourceVersion) {
        ApplicationRecord record = records.current(id, sourceVersion);
        if (record.faceCheck().isPresent() || record.decision().isPresent()) {
            return StepResult.duplicate(record);
        }
        StoredDocuments stored = StepPreconditions.documents(record);
        FaceCheck check = policy.evaluateFace(
                faces.compare(stored.selfie(), stored.license(), policy.faceSimilarityThreshold()));
        return StepResult.done(records.update(record, (r, at) -> r.faceCheck().isPresent()
                ? r : r.withFaceCheck(check, at)), List.of());
    }
}
