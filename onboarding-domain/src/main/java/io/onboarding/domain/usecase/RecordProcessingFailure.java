package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Ends an upload that a dependency kept the steps from finishing: notifies the bank (PROCESSING_FAILED with
 * DEPENDENCY_FAILURE and a {@code DEPENDENCY_<NAME>} code) and records NEEDS_REVIEW / DEPENDENCY_FAILURE. Works
 * whatever the steps left behind, even no record at all (a package gone before it was read). It never writes over
 * another upload's record of the same id: which of the two is newer cannot be told, so that failure is thrown
 * (a {@link ConcurrentUpdateException}) and ends in a retry and then a dead-letter queue or a failed execution. An upload already decided keeps its decision, except
 * PENDING_LICENSE_VALIDATION: a licence check that never answered (the workflow's wait timed out) ends here too.
 *
 * <p>When the notifier itself fails, the failure propagates and nothing is decided: only a retry, and in the end a
 * dead-letter queue, can get the bank told.
 */
public final class RecordProcessingFailure {
    private static final int MAX_CODE = 64;

    private final KycPolicy policy;
    private final RecordKeeper records;
    private final Outbox outbox;

    public RecordProcessingFailure(ApplicationRepository repository, Notifier notifier, KycPolicy policy,
                                   ProcessingOptions options, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(clock, "clock"), options.claimLease());
        this.outbox = new Outbox(records, Objects.requireNonNull(notifier, "notifier"), Outbox.NO_QUEUE);
    }

    /** Records the failure of {@code failure}'s dependency for this upload. */
    public StepResult record(ApplicationId id, String sourceVersion, DependencyException failure) {
        return record(id, sourceVersion, failure.dependency());
    }

    /**
     * Records the failure of {@code dependency} (a short name such as {@code rekognition}) for this upload.
     */
    public StepResult record(ApplicationId id, String sourceVersion, String dependency) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceVersion, "sourceVersion");
        Optional<ApplicationRecord> existing = records.find(id);
        if (existing.isPresent() && !existing.get().sourceVersion().equals(sourceVersion)) {
            // which of two uploads is the newer cannot be told from here: overwrite neither, leave it to an operator
            throw new ConcurrentUpdateException(id, "the record belongs to another upload; this upload's failure"
                    + " is not recorded over it", false);
        }
        ApplicationRecord record = existing.orElseGet(() -> createUnread(id, sourceVersion));
        if (isFinal(record)) {
            return StepResult.duplicate(record);
        }
        var performed = new ArrayList<StepResult.Performed>();
        ApplicationRecord notified = outbox.notify(record, Effect.NOTIFY_PROCESSING_FAILED,
                Notification.Kind.PROCESSING_FAILED,
                List.of(DecisionReason.DEPENDENCY_FAILURE.name(), dependencyCode(dependency)), performed);
        KycDecision failed = policy.decideDependencyFailure();
        return StepResult.done(records.update(notified, (r, at) -> isFinal(r) ? r : r.withDecision(failed, at)),
                performed);
    }

    /** A decision other than PENDING_LICENSE_VALIDATION: a licence check that never answered can still fail. */
    private static boolean isFinal(ApplicationRecord record) {
        return record.decision().map(KycDecision::isFinal).orElse(false);
    }

    private ApplicationRecord createUnread(ApplicationId id, String version) {
        ApplicationRecord unread = ApplicationRecord.unread(id, version, 1, records.now());
        if (records.create(unread)) {
            return unread;
        }
        ApplicationRecord latest = records.find(id).orElseThrow(
                () -> new ConcurrentUpdateException(id, "record disappeared", false));
        if (!latest.sourceVersion().equals(version)) {
            throw new ConcurrentUpdateException(id, "concurrent upload while recording a failure", false);
        }
        return latest;
    }

    static String dependencyCode(String dependency) {
        String code = "DEPENDENCY_" + dependency.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        return code.length() > MAX_CODE ? code.substring(0, MAX_CODE) : code;
    }
}
