package io.onboarding.adapters.aws.http;

import io.onboarding.domain.port.DependencyException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs HTTP requests with AWS Signature Version 4 (the SDK's {@link AwsV4HttpSigner}), as API Gateway's IAM
 * authorisation requires: service {@value #API_GATEWAY}, the API's region, and the credentials of the caller's role,
 * looked up again for every request so that rotated Lambda credentials are picked up. The body is hashed into the
 * signature.
 */
public final class SigV4Signing {
    /** The signing name of API Gateway's execute-api endpoints. */
    public static final String API_GATEWAY = "execute-api";

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final String service;

    public SigV4Signing(AwsCredentialsProvider credentials, String region, String service) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.region = Objects.requireNonNull(region, "region");
        this.service = Objects.requireNonNull(service, "service");
        if (region.isBlank() || service.isBlank()) {
            throw new IllegalArgumentException("region and service must not be blank");
        }
    }

    /** Signing for API Gateway ({@value #API_GATEWAY}) in {@code region}. */
    public static SigV4Signing forApiGateway(AwsCredentialsProvider credentials, String region) {
        return new SigV4Signing(credentials, region, API_GATEWAY);
    }

    /**
     * The headers to add to a request of {@code method} to {@code uri} that carries {@code headers} (all of them
     * signed) and {@code body}: {@code Authorization}, {@code X-Amz-Date} and, for temporary credentials,
     * {@code X-Amz-Security-Token}. {@code Host} is signed as the URI gives it and not returned: HTTP clients set it.
     *
     * @throws DependencyException when no credentials could be had
     */
    public Map<String, String> headersFor(String method, URI uri, Map<String, String> headers, byte[] body) {
        AwsCredentialsIdentity identity;
        try {
            identity = credentials.resolveCredentials();
        } catch (SdkException e) {
            throw new DependencyException(service, "no credentials to sign with: " + e.getClass().getSimpleName(),
                    e);
        }
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(request::putHeader);
        SdkHttpRequest signed = signer.sign(sign -> sign.identity(identity).request(request.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)).request();
        var added = new LinkedHashMap<String, String>();
        for (Map.Entry<String, List<String>> header : signed.headers().entrySet()) {
            String name = header.getKey();
            if (!"host".equals(name.toLowerCase(Locale.ROOT)) && !headers.containsKey(name)) {
                added.put(name, String.join(",", header.getValue()));
            }
        }
        return added;
    }

    @Override
    public String toString() {
        return "SigV4Signing[" + service + ", " + region + "]";
    }
}
