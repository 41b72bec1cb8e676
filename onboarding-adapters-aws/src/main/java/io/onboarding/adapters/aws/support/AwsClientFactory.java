package io.onboarding.adapters.aws.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.textract.TextractClient;

/**
 * The one place that builds AWS SDK clients: one shared URLConnection HTTP client with timeouts, an explicit region
 * and credentials provider, and each service client built only when first asked for, so a function loads only
 * the SDK classes it uses. Without an explicit endpoint override the SDK's own {@code AWS_ENDPOINT_URL[_<SERVICE>]}
 * handling stays in force. Closing the factory closes every client it built and the HTTP client.
 */
public final class AwsClientFactory implements AutoCloseable {
    private final AwsSettings settings;
    private final Supplier<SdkHttpClient> httpClientSupplier;
    private final List<SdkClient> built = new ArrayList<>();
    private SdkHttpClient httpClient;
    private S3Client s3;
    private DynamoDbClient dynamoDb;
    private SqsClient sqs;
    private SnsClient sns;
    private RekognitionClient rekognition;
    private TextractClient textract;
    private SfnClient sfn;
    private S3Presigner s3Presigner;

    /** The clients share what {@code httpClientSupplier} gives once; the factory closes it. */
    AwsClientFactory(AwsSettings settings, Supplier<SdkHttpClient> httpClientSupplier) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.httpClientSupplier = httpClientSupplier;
    }

    /** A factory whose clients share one {@link UrlConnectionHttpClient} with the settings' timeouts. */
    public static AwsClientFactory create(AwsSettings settings) {
        return new AwsClientFactory(settings, () -> UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .socketTimeout(settings.socketTimeout())
                .build());
    }

    public AwsSettings settings() {
        return settings;
    }

    public synchronized S3Client s3() {
        if (s3 == null) {
            s3 = build(PathStyleS3EndpointProvider.s3ClientBuilder(settings.endpointOverride().isPresent()));
        }
        return s3;
    }

    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = build(DynamoDbClient.builder());
        }
        return dynamoDb;
    }

    public synchronized SqsClient sqs() {
        if (sqs == null) {
            sqs = build(SqsClient.builder());
        }
        return sqs;
    }

    public synchronized SnsClient sns() {
        if (sns == null) {
            sns = build(SnsClient.builder());
        }
        return sns;
    }

    public synchronized RekognitionClient rekognition() {
        if (rekognition == null) {
            rekognition = build(RekognitionClient.builder());
        }
        return rekognition;
    }

    public synchronized TextractClient textract() {
        if (textract == null) {
            textract = build(TextractClient.builder());
        }
        return textract;
    }

    /** Step Functions (StartExecution, task-token callbacks); its own endpoint variable is {@code AWS_ENDPOINT_URL_SFN}. */
    public synchronized SfnClient sfn() {
        if (sfn == null) {
            sfn = build(SfnClient.builder());
        }
        return sfn;
    }

    /**
     * The S3 presigner (presigned upload links), with the same region, credentials and endpoint as the S3 client;
     * it signs locally and needs no HTTP client.
     */
    public synchronized S3Presigner s3Presigner() {
        if (s3Presigner == null) {
            s3Presigner = PathStyleS3EndpointProvider.s3Presigner(settings);
        }
        return s3Presigner;
    }

    /** Service names of the clients built so far, in build order. */
    synchronized List<String> builtServices() {
        return built.stream().map(SdkClient::serviceName).toList();
    }

    @Override
    public synchronized void close() {
        for (SdkClient client : built) {
            client.close();
        }
        built.clear();
        s3 = null;
        dynamoDb = null;
        sqs = null;
        sns = null;
        rekognition = null;
        textract = null;
        sfn = null;
        if (s3Presigner != null) {
            s3Presigner.close();
            s3Presigner = null;
        }
        if (httpClient != null) {
            httpClient.close();
            httpClient = null;
        }
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C build(B builder) {
        builder.region(settings.region())
                .credentialsProvider(settings.credentialsProvider())
                .httpClient(httpClient());
        settings.endpointOverride().ifPresent(builder::endpointOverride);
        C client = builder.build();
        built.add(client);
        return client;
    }

    private SdkHttpClient httpClient() {
        if (httpClient == null) {
            httpClient = httpClientSupplier.get();
        }
        return httpClient;
    }
}
