package io.onboarding.adapters.aws.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.adapters.aws.testing.LocalAws;
import java.net.URI;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The factory leaves the SDK's own endpoint configuration working. The SDK resolves {@code aws.endpointUrl<Service>}
 * system properties in the same step as the {@code AWS_ENDPOINT_URL_<SERVICE>} environment variables (system
 * properties first), so setting one here exercises the path a Lambda or CLI run with the variables takes.
 */
class AwsClientFactoryIT {
    private static final AwsSettings NO_OVERRIDE = AwsSettings.of(LocalAws.REGION,
            StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalAws.ACCESS_KEY, LocalAws.SECRET_KEY)));

    @Test
    void sendsRequestsWhereTheSdkServiceEndpointSettingPoints() {
        URI dynamoDb = LocalAws.dynamoDbEndpoint();
        String table = LocalAws.createApplicationTable();

        String described = withSystemProperty("aws.endpointUrlDynamoDb", dynamoDb.toString(), () -> {
            try (var factory = AwsClientFactory.create(NO_OVERRIDE)) {
                return factory.dynamoDb().describeTable(d -> d.tableName(table)).table().tableName();
            }
        });

        assertThat(described).isEqualTo(table);
    }

    @Test
    void usesPathStyleS3UrlsForAnEndpointFromTheSdkSettings() {
        String bucket = LocalAws.createBucket();
        // "localhost", not an IP address: S3's endpoint rules would pick path-style for an IP by themselves
        String endpoint = "http://localhost:" + LocalAws.s3Endpoint().getPort();

        String read = withSystemProperty("aws.endpointUrlS3", endpoint, () -> {
            try (var factory = AwsClientFactory.create(NO_OVERRIDE)) {
                factory.s3().putObject(put -> put.bucket(bucket).key("k"), RequestBody.fromString("path-style"));
                return factory.s3().getObjectAsBytes(get -> get.bucket(bucket).key("k")).asUtf8String();
            }
        });

        assertThat(read).isEqualTo("path-style");
    }

    @Test
    void prefersTheExplicitOverrideToTheSdkSettings() {
        URI sqs = LocalAws.sqsEndpoint();
        String queueUrl = LocalAws.createQueue();
        String queueName = queueUrl.substring(queueUrl.lastIndexOf('/') + 1);

        var queues = withSystemProperty("aws.endpointUrl", "http://127.0.0.1:9", () -> {
            try (var factory = AwsClientFactory.create(LocalAws.settings(sqs))) {
                return factory.sqs().listQueues(l -> l.queueNamePrefix(queueName)).queueUrls();
            }
        });

        assertThat(queues).containsExactly(queueUrl);
    }

    private static <T> T withSystemProperty(String name, String value, Supplier<T> action) {
        String previous = System.getProperty(name);
        System.setProperty(name, value);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, previous);
            }
        }
    }
}
