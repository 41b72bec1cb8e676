package io.onboarding.domain.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Progress of one {@link Effect}: CLAIMED while a process is performing it (since {@code at}), DONE once performed.
 * A claim older than its lease belongs to a process that died, and may be taken over.
 */
public record EffectState(Status status, Instant at) {
    public enum Status { CLAIMED, DONE }

    public EffectState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }

    public static EffectState claimed(Instant at) {
        return new EffectState(Status.CLAIMED, at);
    }

    public static EffectState done(Instant at) {
        return new EffectState(Status.DONE, at);
    }

    public boolean isDone() {
        return status == Status.DONE;
    }

    /** True for a claim taken at least {@code lease} before {@code now}. */
    public boolean isStale(Instant now, Duration lease) {
        return status == Status.CLAIMED && !at.plus(lease).isAfter(now);
    }
}
