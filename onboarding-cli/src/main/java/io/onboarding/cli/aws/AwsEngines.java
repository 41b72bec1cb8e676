package io.onboarding.cli.aws;

import io.onboarding.adapters.aws.rekognition.RekognitionFaceComparator;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.support.AwsSettings;
import io.onboarding.adapters.aws.textract.TextractIdDocumentReader;
import io.onboarding.cli.local.DocumentBytes;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import java.util.Objects;
import java.util.Optional;
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

    /** @throws IllegalArgumentException when no region is given and the SDK's default chain finds none */
    public static AwsEngines connect(Optional<String> region) {
        Objects.requireNonNull(region, "region");
        Region resolved = region.map(Region::of).orElseGet(AwsEngines::defaultRegion);
        return new AwsEngines(AwsClientFactory.create(
                AwsSettings.of(resolved, DefaultCredentialsProvider.builder().build())));
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
