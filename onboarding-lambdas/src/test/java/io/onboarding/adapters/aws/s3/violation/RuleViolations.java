package io.onboarding.adapters.aws.s3.violation;

import io.onboarding.adapters.aws.sqs.SqsLicenseCheckQueue;

/**
 * Adapter-side classes that each break one of the lambdas ArchitectureTest's rules on purpose (configuration, DI,
 * adapter independence), so it can prove every rule fails. Test sources only; never instantiated.
 */
final class RuleViolations {
    private RuleViolations() {
    }

    /** Reads one environment variable outside lambdas.config. */
    static final class ReadsAVariable {
        String bucket() {
            return System.getenv("DOCUMENT_BUCKET");
        }
    }

    /** Reads the whole environment outside lambdas.config. */
    static final class ReadsTheEnvironment {
        Object everything() {
            return System.getenv();
        }
    }

    /** Uses javax.inject outside the composition root. */
    static final class InjectedAdapter {
        @javax.inject.Inject
        InjectedAdapter() {
        }
    }

    /** Uses Dagger outside the composition root. */
    static final class DaggerUsingAdapter {
        Object later(dagger.Lazy<String> value) {
            return value.get();
        }
    }

    /** An S3 class that reaches into the SQS adapter. */
    static final class QueueReachingStore {
        Object queue(SqsLicenseCheckQueue queue) {
            return queue;
        }
    }
}
