package io.onboarding.adapters.aws.sqs;

import io.onboarding.adapters.aws.s3.S3DocumentStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Breaks the adapter rules on purpose (reaches into another adapter, reads the environment, builds its own SDK
 * client), so ArchitectureTest can prove its rules fail. Test sources only; never instantiated.
 */
final class CrossAdapterViolation {
    private CrossAdapterViolation() {
    }

    static Object everythingWrong(S3DocumentStore store) {
        String table = System.getenv("TABLE_NAME");
        return java.util.List.of(store, table, DynamoDbClient.builder());
    }
}
