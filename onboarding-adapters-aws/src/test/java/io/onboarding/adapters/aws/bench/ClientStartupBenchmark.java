package io.onboarding.adapters.aws.bench;

import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.support.AwsSettings;
import io.onboarding.adapters.aws.support.BenchClientFactories;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Not a test: in a fresh JVM, builds the SDK clients through {@link AwsClientFactory} and makes one first call on
 * each, then prints one line of {@code key=value} results (elapsed ms from {@code main}, JVM uptime, loaded
 * classes). Endpoints come from the SDK's own {@code -Daws.endpointUrl<Service>} properties, set by
 * {@code bench/client-startup.sh}, so one factory with one HTTP client serves all six services.
 */
public final class ClientStartupBenchmark {
    private static final List<String> ALL = List.of("s3", "dynamodb", "sqs", "sns", "rekognition", "textract");

    private ClientStartupBenchmark() {
    }

    /** Arguments: {@code url|crt} and optionally a comma-separated subset of {@link #ALL}. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        if (args.length < 1 || !List.of("url", "crt").contains(args[0])) {
            throw new IllegalArgumentException("usage: ClientStartupBenchmark url|crt [service,...]");
        }
        List<String> services = args.length > 1 ? List.of(args[1].split(",")) : ALL;
        // the emulators' credentials; LocalAws itself is not referenced, so none of its classes load here
        AwsSettings settings = AwsSettings.of(Region.US_EAST_1, StaticCredentialsProvider.create(
                AwsBasicCredentials.create("localaccess", "localsecret")));

        long beforeHttpClient = System.nanoTime();
        SdkHttpClient httpClient = "crt".equals(args[0]) ? crt(settings) : urlConnection(settings);
        long httpClientMs = millisSince(beforeHttpClient);
        var perService = new LinkedHashMap<String, Long>();
        perService.put("http_client", httpClientMs);
        try (AwsClientFactory factory = BenchClientFactories.withHttpClient(settings, httpClient)) {
            for (String service : services) {
                long before = System.nanoTime();
                firstCall(factory, service);
                perService.put(service, millisSince(before));
            }
            long elapsed = millisSince(start);
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            System.out.println(result(args[0], elapsed, uptime, classes, perService));
        }
    }

    /** The same client {@link AwsClientFactory#create} builds, made eagerly so both variants time it alike. */
    private static SdkHttpClient urlConnection(AwsSettings settings) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .socketTimeout(settings.socketTimeout())
                .build();
    }

    private static SdkHttpClient crt(AwsSettings settings) {
        return AwsCrtHttpClient.builder()
                .connectionTimeout(settings.connectTimeout())
                .connectionMaxIdleTime(Duration.ofSeconds(60))
                .build();
    }

    /** A cheap, side-effect-free first request per service; answered by the local servers. */
    private static void firstCall(AwsClientFactory factory, String service) {
        switch (service) {
            case "s3" -> factory.s3().listBuckets();
            case "dynamodb" -> factory.dynamoDb().listTables();
            case "sqs" -> factory.sqs().listQueues();
            case "sns" -> factory.sns().listTopics();
            case "rekognition" -> factory.rekognition().listCollections();
            case "textract" -> factory.textract().listAdapters(request -> request.maxResults(1));
            default -> throw new IllegalArgumentException("unknown service " + service);
        }
    }

    private static String result(String client, long elapsed, long uptime, long classes, Map<String, Long> each) {
        var line = new StringBuilder("client=").append(client)
                .append(" elapsed_ms=").append(elapsed)
                .append(" uptime_ms=").append(uptime)
                .append(" loaded_classes=").append(classes);
        each.forEach((service, ms) -> line.append(' ').append(service).append("_ms=").append(ms));
        return line.toString();
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
