package io.onboarding.adapters.aws.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/** A time budget that only the recorded sleeps use up, so retry tests assert on sleeps, not on wall time. */
final class FakeTime implements HttpLicenseValidator.Sleeper, LongSupplier {
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private volatile long remainingMillis;

    private FakeTime(long remainingMillis) {
        this.remainingMillis = remainingMillis;
    }

    static FakeTime withBudget(Duration budget) {
        return new FakeTime(budget.toMillis());
    }

    static FakeTime unlimited() {
        return new FakeTime(Long.MAX_VALUE);
    }

    @Override
    public void sleep(Duration delay) {
        sleeps.add(delay);
        if (remainingMillis != Long.MAX_VALUE) {
            remainingMillis -= delay.toMillis();
        }
    }

    @Override
    public long getAsLong() {
        return remainingMillis;
    }

    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
