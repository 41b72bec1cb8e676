package io.onboarding.adapters.aws.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration BASE = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofMillis(1000);

    @Test
    void doublesTheCapPerRetryUpToTheMaximum() {
        Backoff backoff = new Backoff(BASE, MAX, cap -> cap);

        List<Long> caps = new ArrayList<>();
        for (int retry = 1; retry <= 6; retry++) {
            caps.add(backoff.beforeRetry(retry, Optional.empty()).toMillis());
        }

        assertThat(caps).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
    }

    @Test
    void asksTheJitterForAValueUpToTheCap() {
        List<Long> askedCaps = new ArrayList<>();
        Backoff backoff = new Backoff(BASE, MAX, cap -> {
            askedCaps.add(cap);
            return cap / 4;
        });

        Duration delay = backoff.beforeRetry(3, Optional.empty());

        assertThat(askedCaps).containsExactly(400L);
        assertThat(delay).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void clampsAJitterThatStraysOutOfRange() {
        Backoff tooHigh = new Backoff(BASE, MAX, cap -> cap * 10);
        Backoff negative = new Backoff(BASE, MAX, cap -> -5);

        assertThat(tooHigh.beforeRetry(1, Optional.empty())).isEqualTo(Duration.ofMillis(100));
        assertThat(negative.beforeRetry(1, Optional.empty())).isEqualTo(Duration.ZERO);
    }

    @Test
    void waitsAtLeastWhatRetryAfterAsks() {
        Backoff backoff = new Backoff(BASE, MAX, cap -> 0);

        Duration delay = backoff.beforeRetry(1, Optional.of(Duration.ofSeconds(1)));

        assertThat(delay).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void readsOnlyTheDeltaSecondsFormOfRetryAfter() {
        assertThat(Backoff.parseRetryAfter(Optional.of(" 3 "))).contains(Duration.ofSeconds(3));
        assertThat(Backoff.parseRetryAfter(Optional.of("Wed, 21 Oct 2015 07:28:00 GMT"))).isEmpty();
        assertThat(Backoff.parseRetryAfter(Optional.of("-1"))).isEmpty();
        assertThat(Backoff.parseRetryAfter(Optional.empty())).isEmpty();
    }
}
