package io.onboarding.adapters.aws.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointParams;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointProvider;

class AwsClientFactoryTest {
    private static final AwsSettings SETTINGS = AwsSettings.of(Region.EU_WEST_1,
            StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")));

    @Test
    void buildsNoClientUntilOneIsAskedFor() {
        try (var factory = AwsClientFactory.create(SETTINGS)) {

            factory.sqs();

            assertThat(factory.builtServices()).containsExactly("sqs");
        }
    }

    @Test
    void buildsEachClientOnceWithTheSettingsRegion() {
        try (var factory = AwsClientFactory.create(SETTINGS)) {

            SdkClient first = factory.dynamoDb();
            SdkClient second = factory.dynamoDb();

            assertThat(second).isSameAs(first);
            assertThat(factory.dynamoDb().serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(factory.builtServices()).containsExactly("dynamodb");
        }
    }

    @Test
    void buildsAllSevenClientsWithoutAnEndpointOverride() {
        try (var factory = AwsClientFactory.create(SETTINGS)) {

            factory.s3();
            factory.dynamoDb();
            factory.sqs();
            factory.sns();
            factory.rekognition();
            factory.textract();
            factory.sfn();

            assertThat(factory.builtServices())
                    .containsExactly("s3", "dynamodb", "sqs", "sns", "rekognition", "textract", "states");
            assertThat(factory.s3().serviceClientConfiguration().endpointOverride()).isEmpty();
        }
    }

    @Test
    void appliesAnExplicitEndpointOverrideToEveryClient() {
        URI local = URI.create("http://127.0.0.1:4566");
        try (var factory = AwsClientFactory.create(SETTINGS.withEndpointOverride(local))) {

            var s3 = factory.s3().serviceClientConfiguration().endpointOverride();
            var textract = factory.textract().serviceClientConfiguration().endpointOverride();
            var sfn = factory.sfn().serviceClientConfiguration().endpointOverride();

            assertThat(s3).contains(local);
            assertThat(textract).contains(local);
            assertThat(sfn).contains(local);
        }
    }

    @Test
    void forgetsItsClientsWhenClosed() {
        var factory = AwsClientFactory.create(SETTINGS);
        SdkClient before = factory.sns();

        factory.close();

        assertThat(factory.builtServices()).isEmpty();
        assertThat(factory.sns()).isNotSameAs(before);
        factory.close();
    }

    @Test
    void rejectsAnEndpointOverrideThatIsNotHttp() {
        assertThatThrownBy(() -> SETTINGS.withEndpointOverride(URI.create("file:///tmp/s3")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SETTINGS.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usesPathStyleUrlsForAnyOverriddenS3Endpoint() {
        var provider = new PathStyleS3EndpointProvider(S3EndpointProvider.defaultProvider());

        Endpoint endpoint = provider.resolveEndpoint(S3EndpointParams.builder().region(Region.US_EAST_1)
                .bucket("documents").endpoint("http://localhost:9000").build()).join();

        assertThat(endpoint.endpointUrl().toUri()).isEqualTo(URI.create("http://localhost:9000/documents"));
    }

    @Test
    void leavesVirtualHostedUrlsForTheRealS3Endpoint() {
        var provider = new PathStyleS3EndpointProvider(S3EndpointProvider.defaultProvider());

        Endpoint endpoint = provider.resolveEndpoint(S3EndpointParams.builder().region(Region.US_EAST_1)
                .bucket("documents").build()).join();

        assertThat(endpoint.endpointUrl().toUri()).isEqualTo(URI.create("https://documents.s3.us-east-1.amazonaws.com"));
    }
}
