package io.onboarding.domain.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Progress of one {@link Effect}: CLAIMED while a process is performing it (since {@code at}), DONE once performed.
 * A claim carries the claiming process's {@code claimId}, so a process whose write landed but whose answer was lost
 * recognises its own claim on re-reading. A claim older than its lease belongs to a process that died, and may be
 * taken over. {@code claimId} is empty for DONE states and for claims stored without one.
 */
public record EffectState(Status status, Instant at, String claimId) {
    public enum Status { CLAIMED, DONE }

    public EffectState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(claimId, "claimId");
    }

    /** A state without claim id (a DONE state, or a claim from a store that keeps none). */
    public EffectState(Status status, Instant at) {
        this(status, at, "");
    }

    public static EffectState claimed(Instant at, String claimId) {
        if (claimId.isEmpty()) {
            throw new IllegalArgumentException("a claim needs an id");
        }
        return new EffectState(Status.CLAIMED, at, claimId);
    }

    public static EffectState done(Instant at) {
        return new EffectState(Status.DONE, at, "");
    }

    /** True for the claim with this id. */
    public boolean isClaimedBy(String id) {
        return status == Status.CLAIMED && claimId.equals(id);
    }

    public boolean isDone() {
        return status == Status.DONE;
    }

    /** True for a claim taken at least {@code lease} before {@code now}. */
    public boolean isStale(Instant now, Duration lease) {
        return status == Status.CLAIMED && !at.plus(lease).isAfter(now);
    }
}
