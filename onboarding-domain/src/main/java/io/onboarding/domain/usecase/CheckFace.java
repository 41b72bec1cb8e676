package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.SelfieInspector;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Inspects the selfie and compares it with the licence portrait of a received upload, then records the
 * {@link FaceCheck} (step 7 of the original flow): a selfie with quality issues makes the comparison untrusted.
 * Runs alone or beside {@link CheckDetails} on the same record: each writes only its own result, re-reading on
 * conflicts, so neither loses the other's. A repeated call reuses the recorded result.
 *
 * <p>The inspection runs on {@code inspections} while the comparison runs on the calling thread, so with an executor
 * of its own (the Lambda functions') the step takes as long as the slower of the two calls rather than their sum.
 * With a direct executor ({@code Runnable::run}, the default) the two run one after the other, as the offline
 * engines, which compete for the same processors, should.
 */
public final class CheckFace {
    private final FaceComparator faces;
    private final SelfieInspector selfies;
    private final KycPolicy policy;
    private final RecordKeeper records;
    private final Executor inspections;

    /** Inspects and compares one after the other, on the calling thread. */
    public CheckFace(ApplicationRepository repository, FaceComparator faces, SelfieInspector selfies,
                     KycPolicy policy, ProcessingOptions options, Clock clock) {
        this(repository, faces, selfies, policy, options, clock, Runnable::run);
    }

    /** Inspects on {@code inspections} while comparing on the calling thread. */
    public CheckFace(ApplicationRepository repository, FaceComparator faces, SelfieInspector selfies,
                     KycPolicy policy, ProcessingOptions options, Clock clock, Executor inspections) {
        this.faces = Objects.requireNonNull(faces, "faces");
        this.selfies = Objects.requireNonNull(selfies, "selfies");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(clock, "clock"), options.claimLease());
        this.inspections = Objects.requireNonNull(inspections, "inspections");
    }

    /**
     * @throws ApplicationNotFoundException when the application has no record
     * @throws IllegalStateException        when the upload was not received (no stored documents)
     * @throws io.onboarding.domain.port.DependencyException when the comparison or the inspection service failed
     *                                      (the comparison's failure first, when both did)
     */
    public StepResult check(ApplicationId id, String sourceVersion) {
        ApplicationRecord record = records.current(id, sourceVersion);
        if (record.faceCheck().isPresent() || record.decision().isPresent()) {
            return StepResult.duplicate(record);
        }
        StoredDocuments stored = StepPreconditions.documents(record);
        CompletableFuture<SelfieInspection> inspection =
                CompletableFuture.supplyAsync(() -> selfies.inspect(stored.selfie()), inspections);
        FaceComparison comparison = faces.compare(stored.selfie(), stored.license(), policy.faceSimilarityThreshold());
        FaceCheck check = policy.evaluateFace(comparison, join(inspection));
        return StepResult.done(records.update(record, (r, at) -> r.faceCheck().isPresent()
                ? r : r.withFaceCheck(check, at)), List.of());
    }

    /** The inspection's result; its own exception (a dependency failure), not the future's wrapper. */
    private static SelfieInspection join(CompletableFuture<SelfieInspection> inspection) {
        try {
            return inspection.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
