package io.onboarding.adapters.aws.support;

import java.util.Objects;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * Bench only ({@code bench/client-startup.sh}): factories whose clients share another HTTP client than the
 * URLConnection one production always uses, so the start-up benchmark can compare the two through the same factory.
 */
public final class BenchClientFactories {
    private BenchClientFactories() {
    }

    /** A factory whose clients share {@code httpClient}; the factory takes ownership and closes it. */
    public static AwsClientFactory withHttpClient(AwsSettings settings, SdkHttpClient httpClient) {
        Objects.requireNonNull(httpClient, "httpClient");
        return new AwsClientFactory(settings, () -> httpClient);
    }
}
