package io.onboarding.adapters.aws.rekognition;

import io.onboarding.domain.model.DocumentRef;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.rekognition.model.Image;
import software.amazon.awssdk.services.rekognition.model.S3Object;

/** How the Rekognition adapters hand a stored document to Rekognition: by its S3 key, or as bytes. */
final class RekognitionImages {
    private RekognitionImages() {
    }

    /** Images stored in {@code bucket} under their document keys (Rekognition reads them from S3). */
    static Function<DocumentRef, Image> inBucket(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("bucket is blank");
        }
        return document -> Image.builder()
                .s3Object(S3Object.builder().bucket(bucket).name(document.key()).build()).build();
    }

    /** Images whose bytes {@code bytes} reads (the command-line tool's local files), sent in the request. */
    static Function<DocumentRef, Image> fromBytes(Function<DocumentRef, byte[]> bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return document -> Image.builder().bytes(SdkBytes.fromByteArrayUnsafe(bytes.apply(document))).build();
    }
}
