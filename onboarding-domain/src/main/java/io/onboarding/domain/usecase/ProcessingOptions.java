package io.onboarding.domain.usecase;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Operational settings of the use cases (the business rules are in {@link io.onboarding.domain.decision.KycPolicy}).
 *
 * @param validationOverride the {@code validation_override} put on queued licence checks; the original system's
 *                           mock validator answers with it (default true, as the original)
 * @param maxAttempts        deliveries of one package version before a failing dependency is recorded as
 *                           DEPENDENCY_FAILURE instead of retried (default 3: S3's first delivery plus Lambda's two
 *                           asynchronous retries)
 * @param claimLease         how long a claimed notification or queued check belongs to the process that claimed it;
 *                           after that a retry may take it over (default 15 minutes, the longest Lambda run)
 * @param expiryDay          the day on which licence expiry is judged, when not the clock's today (a replay of a
 *                           past decision); it moves nothing else: records, claims and leases keep the clock's time
 */
public record ProcessingOptions(boolean validationOverride, int maxAttempts, Duration claimLease,
                                Optional<LocalDate> expiryDay) {
    public ProcessingOptions {
        Objects.requireNonNull(claimLease, "claimLease");
        Objects.requireNonNull(expiryDay, "expiryDay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("claimLease must be positive");
        }
    }

    public static ProcessingOptions defaults() {
        return new ProcessingOptions(true, 3, Duration.ofMinutes(15), Optional.empty());
    }

    public ProcessingOptions withValidationOverride(boolean override) {
        return new ProcessingOptions(override, maxAttempts, claimLease, expiryDay);
    }

    public ProcessingOptions withMaxAttempts(int attempts) {
        return new ProcessingOptions(validationOverride, attempts, claimLease, expiryDay);
    }

    public ProcessingOptions withClaimLease(Duration lease) {
        return new ProcessingOptions(validationOverride, maxAttempts, lease, expiryDay);
    }

    /** These options with licence expiry judged on {@code day} (empty: on the clock's today). */
    public ProcessingOptions withExpiryDay(Optional<LocalDate> day) {
        return new ProcessingOptions(validationOverride, maxAttempts, claimLease, day);
    }
}
