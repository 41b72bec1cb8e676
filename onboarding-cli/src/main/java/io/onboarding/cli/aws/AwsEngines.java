package io.onboarding.cli.aws;

import io.onboarding.adapters.aws.rekognition.RekognitionFaceComparator;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.support.AwsSettings;
import io.onboarding.adapters.aws.textract.TextractIdDocumentReader;
import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Rekognition CompareFaces and Textract AnalyzeID for {@code --engine aws}: the AWS adapters, sending the local
 * files' bytes (there is no bucket), with SDK clients from {@link AwsClientFactory}, the default credentials chain
 * and the region given or else the SDK's default region chain. Rekognition takes at most 5 MB of image bytes (15 MB
 * from S3): a larger image is a permanent dependency failure. Closing closes the clients.
 */
public final class AwsEngines implements AutoCloseable {
    private final AwsClientFactory clients;

    AwsEngines(AwsClientFactory clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /**
     * Checks the region and the credentials before any package is read, so a missing one is a usage error, not a
     * failed application per package.
     *
     * @throws IllegalArgumentException when no region is given and the SDK's default chain finds none, or when the
     *                                  default credentials chain finds no credentials
     */
    public static AwsEngines connect(Optional<String> region) {
        return connect(region, DefaultCredentialsProvider.builder().build());
    }

    static AwsEngines connect(Optional<String> region, AwsCredentialsProvider credentials) {
        Objects.requireNonNull(region, "region");
        Region resolved = region.map(Region::of).orElseGet(AwsEngines::defaultRegion);
        try {
            credentials.resolveCredentials();
        } catch (SdkClientException none) {
            throw new IllegalArgumentException("no AWS credentials: the SDK's default chain found none"
                    + " (AWS_PROFILE, ~/.aws/credentials, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, ...)");
        }
        return new AwsEngines(AwsClientFactory.create(AwsSettings.of(resolved, credentials)));
    }

    /** Thread-safe: the SDK clients are, and the adapters hold no other state. */
    public FaceComparator faceComparator(DocumentBytes documents) {
        return RekognitionFaceComparator.readingBytes(clients.rekognition(), documents::read);
    }

    public IdDocumentReader idDocumentReader(DocumentBytes documents) {
        return TextractIdDocumentReader.readingBytes(clients.textract(), documents::read);
    }

    @Override
    public void close() {
        clients.close();
    }

    private static Region defaultRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException none) {
            throw new IllegalArgumentException(
                    "no AWS region: pass --region or configure one (AWS_REGION, ~/.aws/config)");
        }
    }
}
