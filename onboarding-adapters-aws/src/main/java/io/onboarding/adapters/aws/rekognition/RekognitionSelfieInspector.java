package io.onboarding.adapters.aws.rekognition;

import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.port.SelfieInspector;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.model.Attribute;
import software.amazon.awssdk.services.rekognition.model.DetectFacesRequest;
import software.amazon.awssdk.services.rekognition.model.Image;

/**
 * {@link SelfieInspector} backed by Amazon Rekognition DetectFaces on the selfie, reading it from the documents
 * bucket, or sending its bytes (at most 5 MB) for callers without a bucket. Asks for the default attributes
 * (bounding box, confidence, pose, quality, landmarks) plus EYES_OPEN and SUNGLASSES, and nothing else: not ALL,
 * which would also return an age range, a gender and emotions this check has no use for (and AWS notes that more
 * attributes may take longer). Needs {@code rekognition:DetectFaces} and, for the bucket, {@code s3:GetObject}.
 */
public final class RekognitionSelfieInspector implements SelfieInspector {
    /** The attributes asked for; the order is the request's. */
    static final List<Attribute> ATTRIBUTES = List.of(Attribute.DEFAULT, Attribute.EYES_OPEN, Attribute.SUNGLASSES);

    private final RekognitionClient rekognition;
    private final Function<DocumentRef, Image> images;

    /** Inspects selfies stored in {@code bucket} under their document keys. */
    public RekognitionSelfieInspector(RekognitionClient rekognition, String bucket) {
        this(rekognition, RekognitionImages.inBucket(bucket));
    }

    private RekognitionSelfieInspector(RekognitionClient rekognition, Function<DocumentRef, Image> images) {
        this.rekognition = Objects.requireNonNull(rekognition, "rekognition");
        this.images = images;
    }

    /** Inspects selfies whose bytes {@code bytes} reads (the command-line tool's local files). */
    public static RekognitionSelfieInspector readingBytes(RekognitionClient rekognition,
                                                          Function<DocumentRef, byte[]> bytes) {
        return new RekognitionSelfieInspector(rekognition, RekognitionImages.fromBytes(bytes));
    }

    /**
     * @throws io.onboarding.domain.port.DependencyException transient for throttling and 5xx; permanent for an image
     *                                                       Rekognition cannot use (too large, not PNG or JPEG, too
     *                                                       small: InvalidParameterException) or access denied
     */
    @Override
    public SelfieInspection inspect(DocumentRef selfie) {
        Objects.requireNonNull(selfie, "selfie");
        DetectFacesRequest request = DetectFacesRequest.builder()
                .image(images.apply(selfie))
                .attributes(ATTRIBUTES)
                .build();
        try {
            return DetectFacesMapper.toFaces(rekognition.detectFaces(request));
        } catch (SdkException failure) {
            throw AwsFailures.translate(RekognitionFaceComparator.DEPENDENCY, "DetectFaces", failure);
        }
    }
}
