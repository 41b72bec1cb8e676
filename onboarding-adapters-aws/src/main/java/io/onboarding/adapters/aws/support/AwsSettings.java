package io.onboarding.adapters.aws.support;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * How to reach AWS: the region, the credentials provider, an optional explicit endpoint override (a local emulator)
 * and the HTTP timeouts. Built by the caller's configuration code, so nothing in the adapters reads the environment.
 * Without an explicit override the SDK still honours {@code AWS_ENDPOINT_URL} / {@code AWS_ENDPOINT_URL_<SERVICE>}.
 */
public record AwsSettings(Region region, AwsCredentialsProvider credentialsProvider, Optional<URI> endpointOverride,
                          Duration connectTimeout, Duration socketTimeout) {
    /** Time to open a TCP connection; a healthy regional endpoint answers in milliseconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Longest wait for the next response byte; AnalyzeID on a large licence photo takes a few seconds. */
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(15);

    public AwsSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentialsProvider, "credentialsProvider");
        Objects.requireNonNull(endpointOverride, "endpointOverride");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        endpointOverride.ifPresent(AwsSettings::requireHttpUri);
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(socketTimeout, "socketTimeout");
    }

    /** Settings for the real AWS endpoints of {@code region}, with the default timeouts. */
    public static AwsSettings of(Region region, AwsCredentialsProvider credentialsProvider) {
        return new AwsSettings(region, credentialsProvider, Optional.empty(), DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_SOCKET_TIMEOUT);
    }

    /** The same settings, sending every client's requests to {@code endpoint} (S3 then uses path-style URLs). */
    public AwsSettings withEndpointOverride(URI endpoint) {
        return new AwsSettings(region, credentialsProvider, Optional.of(endpoint), connectTimeout, socketTimeout);
    }

    public AwsSettings withTimeouts(Duration connect, Duration socket) {
        return new AwsSettings(region, credentialsProvider, endpointOverride, connect, socket);
    }

    private static void requireHttpUri(URI endpoint) {
        String scheme = endpoint.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("endpoint override must be an absolute http(s) URI with a host");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
