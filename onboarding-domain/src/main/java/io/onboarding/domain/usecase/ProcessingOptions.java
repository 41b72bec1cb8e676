package io.onboarding.domain.usecase;

import java.time.Duration;
import java.util.Objects;

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
 */
public record ProcessingOptions(boolean validationOverride, int maxAttempts, Duration claimLease) {
    public ProcessingOptions {
        Objects.requireNonNull(claimLease, "claimLease");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (claimLease.isNegative() || claimLease.isZero()) {
            throw new IllegalArgumentException("claimLease must be positive");
        }
    }

    public static ProcessingOptions defaults() {
        return new ProcessingOptions(true, 3, Duration.ofMinutes(15));
    }

    public ProcessingOptions withValidationOverride(boolean override) {
        return new ProcessingOptions(override, maxAttempts, claimLease);
    }

    public ProcessingOptions withMaxAttempts(int attempts) {
        return new ProcessingOptions(validationOverride, attempts, claimLease);
    }

    public ProcessingOptions withClaimLease(Duration lease) {
        return new ProcessingOptions(validationOverride, maxAttempts, lease);
    }
}
