package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.EffectState;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Read-modify-write of application records with optimistic concurrency, and at-most-once-per-version effects.
 * Shared by the use cases so both follow the same idempotency protocol.
 */
final class RecordKeeper {
    private static final int MAX_CONFLICTS = 5;

    private final ApplicationRepository repository;
    private final Clock clock;
    private final Duration claimLease;

    RecordKeeper(ApplicationRepository repository, Clock clock, Duration claimLease) {
        this.repository = repository;
        this.clock = clock;
        this.claimLease = claimLease;
    }

    Instant now() {
        return clock.instant();
    }

    Optional<ApplicationRecord> find(ApplicationId id) {
        return repository.find(id);
    }

    /**
     * The record of this upload ({@code id} at {@code sourceVersion}), for a step that works on it.
     *
     * @throws ApplicationNotFoundException when no application has this id
     * @throws ConcurrentUpdateException    (superseded) when the record belongs to another upload of the same id
     */
    ApplicationRecord current(ApplicationId id, String sourceVersion) {
        ApplicationRecord record = repository.find(id).orElseThrow(() -> new ApplicationNotFoundException(id));
        if (!record.sourceVersion().equals(sourceVersion)) {
            throw new ConcurrentUpdateException(id, "superseded by another upload", true);
        }
        return record;
    }

    /** Stores a brand-new record; false when another process stored one first. */
    boolean create(ApplicationRecord record) {
        return repository.save(record);
    }

    /**
     * Applies {@code change} to the latest stored revision of {@code current}'s version and stores it, re-reading on
     * conflicts. {@code change} returns the same record to mean "nothing to change".
     */
    ApplicationRecord update(ApplicationRecord current, BiFunction<ApplicationRecord, Instant, ApplicationRecord> change) {
        ApplicationRecord base = current;
        for (int attempt = 0; attempt < MAX_CONFLICTS; attempt++) {
            ApplicationRecord changed = change.apply(base, now());
            if (changed == base || repository.save(changed)) {
                return changed;
            }
            base = reload(base);
        }
        throw new ConcurrentUpdateException(current.id(), "too many concurrent updates", false);
    }

    /**
     * Performs {@code action} unless this version already performed it. The claim is stored before acting and
     * marked done after, adding {@code historyCodes} to the history; if the action throws, the claim is released so a retry can perform it. Returns the record
     * as stored afterwards.
     *
     * @throws ConcurrentUpdateException when another process holds a claim younger than the lease: it may be
     *                                   performing the action or may have died doing so, and only a later retry
     *                                   can tell (by then the claim is done, or stale and taken over). Going on
     *                                   to the decision instead would mark the upload finished and could lose
     *                                   the action for good.
     */
    ApplicationRecord perform(ApplicationRecord current, Effect effect, List<String> historyCodes, Runnable action) {
        ApplicationRecord base = current;
        ApplicationRecord claimed = null;
        String claimId = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < MAX_CONFLICTS && claimed == null; attempt++) {
            Instant now = now();
            Optional<EffectState> state = base.effect(effect);
            if (state.isPresent() && state.get().isClaimedBy(claimId)) {
                claimed = base;   // our write landed although the store's answer said otherwise (a lost response)
                break;
            }
            if (state.isPresent() && state.get().isDone()) {
                return base;
            }
            if (state.isPresent() && !state.get().isStale(now, claimLease)) {
                throw new ConcurrentUpdateException(current.id(), effect + " is claimed by another process", false);
            }
            ApplicationRecord candidate = base.withEffect(effect, EffectState.claimed(now, claimId), now);
            if (repository.save(candidate)) {
                claimed = candidate;
            } else {
                base = reload(base);
            }
        }
        if (claimed == null) {
            throw new ConcurrentUpdateException(current.id(), "could not claim " + effect, false);
        }
        try {
            action.run();
        } catch (RuntimeException e) {
            try {
                update(claimed, (r, at) -> r.withoutEffect(effect, at));
            } catch (RuntimeException releaseFailure) {
                e.addSuppressed(releaseFailure);  // the lease will expire and free the claim
            }
            throw e;
        }
        return update(claimed, (r, at) -> r.withEffectDone(effect, historyCodes, at));
    }

    /** Stores {@code decision} unless the record already has one. The decision is always written last. */
    ApplicationRecord decideOnce(ApplicationRecord record, KycDecision decision) {
        return update(record, (r, at) -> r.decision().isPresent() ? r : r.withDecision(decision, at));
    }

    private ApplicationRecord reload(ApplicationRecord stale) {
        ApplicationRecord latest = repository.find(stale.id())
                .orElseThrow(() -> new ConcurrentUpdateException(stale.id(), "record disappeared", false));
        if (!latest.sourceVersion().equals(stale.sourceVersion())) {
            throw new ConcurrentUpdateException(stale.id(), "superseded by a newer upload", true);
        }
        return latest;
    }
}
