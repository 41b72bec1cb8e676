package io.onboarding.adapters.aws.sqs;

import io.onboarding.adapters.aws.s3.S3DocumentStore;

/**
 * Reaches into another adapter package on purpose, so ArchitectureTest can prove the "adapters are independent"
 * rule fails. Test sources only; never instantiated.
 */
final class CrossAdapterViolation {
    private CrossAdapterViolation() {
    }

    static Object reachIntoS3(S3DocumentStore store) {
        return store;
    }
}
