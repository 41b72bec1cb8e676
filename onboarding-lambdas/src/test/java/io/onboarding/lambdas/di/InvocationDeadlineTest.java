package io.onboarding.lambdas.di;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InvocationDeadlineTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void leavesAMarginBeforeLambdasTimeout() {
        var deadline = new InvocationDeadline(clock);

        deadline.startInvocation(30_000);
        now.set(now.get().plus(Duration.ofSeconds(10)));

        assertThat(deadline.getAsLong()).isEqualTo(17_000);
    }

    @Test
    void neverGoesNegative() {
        var deadline = new InvocationDeadline(clock);

        deadline.startInvocation(2_000);

        assertThat(deadline.getAsLong()).isZero();
    }

    @Test
    void isUnboundedOutsideAnInvocation() {
        assertThat(new InvocationDeadline(clock).getAsLong()).isEqualTo(Long.MAX_VALUE);
    }
}
