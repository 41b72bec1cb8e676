package io.onboarding.adapters.aws.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** A function that asks only for DynamoDB loads no class of the other six services (checked in a fresh JVM). */
class AwsClientFactoryClassLoadingIT {

    @Test
    void loadsNoClassOfAServiceThatWasNotAskedFor() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                DynamoDbOnly.class.getName()).redirectErrorStream(true).start();

        String loaded = new String(process.getInputStream().readAllBytes(), UTF_8);
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);

        assertThat(exited).isTrue();
        assertThat(process.exitValue()).as(loaded).isZero();
        assertThat(loaded).contains("software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient ")
                .doesNotContain("software.amazon.awssdk.services.s3.")
                .doesNotContain("software.amazon.awssdk.services.sqs.")
                .doesNotContain("software.amazon.awssdk.services.sns.")
                .doesNotContain("software.amazon.awssdk.services.rekognition.")
                .doesNotContain("software.amazon.awssdk.services.textract.")
                .doesNotContain("software.amazon.awssdk.services.sfn.");
    }

    /** What a DynamoDB-only function does at start-up. */
    static final class DynamoDbOnly {
        private DynamoDbOnly() {
        }

        public static void main(String[] args) {
            try (var factory = AwsClientFactory.create(AwsSettings.of(Region.US_EAST_1,
                    AnonymousCredentialsProvider.create()))) {
                factory.dynamoDb();
            }
        }
    }
}
