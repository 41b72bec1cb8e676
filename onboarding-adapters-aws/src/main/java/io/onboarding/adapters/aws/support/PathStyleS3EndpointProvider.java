package io.onboarding.adapters.aws.support;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointParams;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointProvider;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * S3's standard endpoint rules, except that any overridden endpoint gets path-style URLs. Emulators such as S3Proxy
 * or LocalStack do not serve {@code <bucket>.<host>} names, and the SDK fills {@code endpoint} from the client
 * setting as well as from {@code AWS_ENDPOINT_URL[_S3]} and profiles. Real AWS endpoints are untouched.
 */
final class PathStyleS3EndpointProvider implements S3EndpointProvider {
    private final S3EndpointProvider delegate;

    PathStyleS3EndpointProvider(S3EndpointProvider delegate) {
        this.delegate = delegate;
    }

    /**
     * An S3 client builder with these rules, and with path-style forced when the settings override the endpoint.
     * It lives here, not in {@link AwsClientFactory}, so that verifying the factory loads no S3 class: a function
     * that never asks for S3 never opens the S3 jar.
     */
    static S3ClientBuilder s3ClientBuilder(boolean explicitEndpointOverride) {
        S3ClientBuilder builder = S3Client.builder()
                // an endpoint set through AWS_ENDPOINT_URL[_S3] or a profile also needs path-style URLs,
                // and only the endpoint rules get to see it (the adapters never read the environment)
                .endpointProvider(new PathStyleS3EndpointProvider(S3EndpointProvider.defaultProvider()));
        if (explicitEndpointOverride) {
            builder.forcePathStyle(true);
        }
        return builder;
    }

    /**
     * A presigner for {@code settings}: path-style URLs when the endpoint is overridden (an emulator), the standard
     * virtual-hosted ones otherwise. Built here for the same reason as {@link #s3ClientBuilder}.
     */
    static S3Presigner s3Presigner(AwsSettings settings) {
        S3Presigner.Builder builder = S3Presigner.builder().region(settings.region())
                .credentialsProvider(settings.credentialsProvider());
        settings.endpointOverride().ifPresent(endpoint -> builder.endpointOverride(endpoint)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()));
        return builder.build();
    }

    @Override
    public CompletableFuture<Endpoint> resolveEndpoint(S3EndpointParams params) {
        if (params.endpoint() != null && !Boolean.TRUE.equals(params.forcePathStyle())) {
            return delegate.resolveEndpoint(params.toBuilder().forcePathStyle(true).build());
        }
        return delegate.resolveEndpoint(params);
    }
}
