package io.onboarding.cli.replay;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.textract.TextractClient;

/**
 * Real SDK clients wired to recorded answers instead of the network: placeholder credentials and region (nothing
 * is signed for anyone or sent anywhere) and one attempt per call, since a recorded error answers every retry alike.
 */
final class ReplayClients {
    /** The adapters need a bucket name for their requests; the replayed answer does not depend on it. */
    static final String BUCKET = "replay";

    private static final StaticCredentialsProvider PLACEHOLDER_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("replay", "replay"));

    private ReplayClients() {
    }

    static RekognitionClient rekognition(SdkHttpClient http) {
        return RekognitionClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(PLACEHOLDER_CREDENTIALS)
                .httpClient(http)
                .overrideConfiguration(ReplayClients::singleAttempt)
                .build();
    }

    static TextractClient textract(SdkHttpClient http) {
        return TextractClient.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(PLACEHOLDER_CREDENTIALS)
                .httpClient(http)
                .overrideConfiguration(ReplayClients::singleAttempt)
                .build();
    }

    private static void singleAttempt(ClientOverrideConfiguration.Builder configuration) {
        configuration.retryStrategy(strategy -> strategy.maxAttempts(1));
    }
}
