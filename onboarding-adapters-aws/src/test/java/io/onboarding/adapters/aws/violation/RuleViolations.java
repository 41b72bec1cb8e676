package io.onboarding.adapters.aws.violation;

import io.onboarding.domain.testing.InMemoryApplicationRepository;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Adapter-package classes that each break one of ArchitectureTest's rules on purpose, so it can prove every rule
 * fails. Test sources only; never instantiated.
 */
final class RuleViolations {
    private RuleViolations() {
    }

    /** Depends on a library outside the domain, the SDK, Jackson and the JDK. */
    static final class UsesALoggingFramework {
        Object log() {
            return org.slf4j.LoggerFactory.getLogger(UsesALoggingFramework.class);
        }
    }

    /** Builds an SDK HTTP client other than the shared URLConnection one. */
    static final class BuildsItsOwnCrtHttpClient {
        Object httpClient() {
            return AwsCrtHttpClient.builder();
        }
    }

    /** Uses a test fake in production code. */
    static final class UsesATestFake {
        Object repository() {
            return new InMemoryApplicationRepository();
        }
    }

    /** Reads one environment variable. */
    static final class ReadsAVariable {
        String table() {
            return System.getenv("TABLE_NAME");
        }
    }

    /** Reads the whole environment. */
    static final class ReadsTheEnvironment {
        Object everything() {
            return System.getenv();
        }
    }

    /** Builds an SDK client outside support's AwsClientFactory. */
    static final class BuildsItsOwnSdkClient {
        Object client() {
            return DynamoDbClient.builder();
        }
    }
}
