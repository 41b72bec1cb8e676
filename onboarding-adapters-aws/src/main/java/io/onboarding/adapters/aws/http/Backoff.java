package io.onboarding.adapters.aws.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential backoff with full jitter: before retry {@code n} (1 for the first retry) wait a random time in
 * {@code [0, min(maxDelay, baseDelay * 2^(n-1))]}, and at least what a {@code Retry-After} header asks for.
 */
final class Backoff {
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final HttpLicenseValidator.Jitter jitter;

    Backoff(Duration baseDelay, Duration maxDelay, HttpLicenseValidator.Jitter jitter) {
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.jitter = jitter;
    }

    Duration beforeRetry(int retry, Optional<Duration> retryAfter) {
        long cap = cap(retry);
        long picked = Math.max(0, Math.min(cap, jitter.pickMillis(cap)));
        long delay = Math.max(picked, retryAfter.map(Duration::toMillis).orElse(0L));
        return Duration.ofMillis(delay);
    }

    long cap(int retry) {
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        long exponential = baseDelay.toMillis() << doublings;
        return exponential < 0 ? maxDelay.toMillis() : Math.min(maxDelay.toMillis(), exponential);
    }

    /** Delta-seconds form only: an HTTP-date would need a clock we do not trust, so it is ignored. */
    static Optional<Duration> parseRetryAfter(Optional<String> header) {
        return header.map(String::trim).filter(value -> value.matches("\\d{1,6}")).map(Long::parseLong)
                .map(Duration::ofSeconds);
    }
}
