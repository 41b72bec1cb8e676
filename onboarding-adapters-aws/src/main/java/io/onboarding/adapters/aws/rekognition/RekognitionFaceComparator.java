package io.onboarding.adapters.aws.rekognition;

import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.FaceComparator;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.model.CompareFacesRequest;
import software.amazon.awssdk.services.rekognition.model.DetectFacesRequest;
import software.amazon.awssdk.services.rekognition.model.Image;
import software.amazon.awssdk.services.rekognition.model.InvalidParameterException;
import software.amazon.awssdk.services.rekognition.model.QualityFilter;

/**
 * {@link FaceComparator} backed by Amazon Rekognition CompareFaces (the selfie is the source, the licence the
 * target), reading both images from the documents bucket, or sending their bytes (at most 5 MB each, Rekognition's
 * limit for bytes) for callers without a bucket. Needs {@code rekognition:CompareFaces},
 * {@code rekognition:DetectFaces} and, for the bucket, {@code s3:GetObject}.
 */
public final class RekognitionFaceComparator implements FaceComparator {
    static final String DEPENDENCY = "rekognition";

    private final RekognitionClient rekognition;
    private final Function<DocumentRef, Image> images;

    /** Compares images stored in {@code bucket} under their document keys. */
    public RekognitionFaceComparator(RekognitionClient rekognition, String bucket) {
        this(rekognition, RekognitionImages.inBucket(bucket));
    }

    private RekognitionFaceComparator(RekognitionClient rekognition, Function<DocumentRef, Image> images) {
        this.rekognition = Objects.requireNonNull(rekognition, "rekognition");
        this.images = images;
    }

    /** Compares images whose bytes {@code bytes} reads (the command-line tool's local files). */
    public static RekognitionFaceComparator readingBytes(RekognitionClient rekognition,
                                                         Function<DocumentRef, byte[]> bytes) {
        return new RekognitionFaceComparator(rekognition, RekognitionImages.fromBytes(bytes));
    }

    @Override
    public FaceComparison compare(DocumentRef selfie, DocumentRef idDocument, double minimumSimilarity) {
        FaceComparator.checkArguments(selfie, idDocument, minimumSimilarity);
        CompareFacesRequest request = CompareFacesRequest.builder()
                .sourceImage(image(selfie))
                .targetImage(image(idDocument))
                .similarityThreshold((float) minimumSimilarity)
                .qualityFilter(QualityFilter.AUTO)
                .build();
        try {
            return CompareFacesMapper.toComparison(rekognition.compareFaces(request));
        } catch (InvalidParameterException noFaceOrBadInput) {
            return explain(noFaceOrBadInput, selfie, idDocument);
        } catch (SdkException failure) {
            throw AwsFailures.translate(DEPENDENCY, "CompareFaces", failure);
        }
    }

    /**
     * CompareFaces answers InvalidParameterException when either image has no face, without saying which, and also
     * for other bad input (for example an image smaller than 80 px). Its message is a generic "Request has invalid
     * parameters", so guessing from text would misreport. Instead, as AWS support recommends for this case, this
     * rare path asks DetectFaces about each image: no face in the selfie or on the document is an outcome; if both
     * show a face, the rejection has another cause and is reported as a permanent failure, never as "no face".
     */
    private FaceComparison explain(InvalidParameterException rejection, DocumentRef selfie, DocumentRef idDocument) {
        if (countFaces(selfie) == 0) {
            return new NoFaceInSelfie();
        }
        if (countFaces(idDocument) == 0) {
            return new NoFaceOnDocument();
        }
        throw new DependencyException(DEPENDENCY, "CompareFaces failed: InvalidParameterException (HTTP "
                + rejection.statusCode() + ", request id " + rejection.requestId()
                + ") although DetectFaces finds a face on both images", rejection);
    }

    private int countFaces(DocumentRef image) {
        try {
            return rekognition.detectFaces(DetectFacesRequest.builder().image(image(image)).build())
                    .faceDetails().size();
        } catch (SdkException failure) {
            // an InvalidParameterException here means the image itself is unusable (too small, say): permanent
            throw AwsFailures.translate(DEPENDENCY, "DetectFaces", failure);
        }
    }

    private Image image(DocumentRef document) {
        return images.apply(document);
    }
}
