package io.onboarding.lambdas.di;

import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * The current invocation's remaining time, so the licence validator's retries stop before Lambda's timeout. The
 * handler starts it with the context's remaining milliseconds; the validator reads what is left, less a margin for
 * recording the answer.
 */
public final class InvocationDeadline implements LongSupplier {
    private static final long SAFETY_MARGIN_MILLIS = 3_000;

    private final Clock clock;
    private volatile long deadlineMillis = Long.MAX_VALUE;

    public InvocationDeadline(Clock clock) {
        this.clock = clock;
    }

    public void startInvocation(long remainingMillis) {
        long now = clock.millis();
        deadlineMillis = remainingMillis >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + remainingMillis;
    }

    /** Milliseconds the validator may still spend, never negative. */
    @Override
    public long getAsLong() {
        if (deadlineMillis == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, deadlineMillis - clock.millis() - SAFETY_MARGIN_MILLIS);
    }
}
