package io.onboarding.adapters.aws.rekognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.port.DependencyException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.model.CompareFacesRequest;
import software.amazon.awssdk.services.rekognition.model.CompareFacesResponse;
import software.amazon.awssdk.services.rekognition.model.DetectFacesRequest;
import software.amazon.awssdk.services.rekognition.model.DetectFacesResponse;
import software.amazon.awssdk.services.rekognition.model.FaceDetail;
import software.amazon.awssdk.services.rekognition.model.InvalidParameterException;

/** The no-face disambiguation, against a hand-written client stub (SDK clients are interfaces). */
class RekognitionFaceComparatorTest {
    private static final DocumentRef SELFIE = new DocumentRef("unzipped/8d247914_selfie.png");
    private static final DocumentRef LICENCE = new DocumentRef("unzipped/8d247914_license.png");

    @Test
    void reportsNoFaceInSelfieWhenDetectFacesFindsNoneThere() {
        StubRekognition rekognition = new StubRekognition(Map.of(SELFIE.key(), 0, LICENCE.key(), 2));

        FaceComparison comparison = comparator(rekognition).compare(SELFIE, LICENCE, 80);

        assertThat(comparison).isEqualTo(new NoFaceInSelfie());
        assertThat(rekognition.detected).containsExactly(SELFIE.key());
    }

    @Test
    void reportsNoFaceOnDocumentWhenTheSelfieHasOne() {
        StubRekognition rekognition = new StubRekognition(Map.of(SELFIE.key(), 1, LICENCE.key(), 0));

        FaceComparison comparison = comparator(rekognition).compare(SELFIE, LICENCE, 80);

        assertThat(comparison).isEqualTo(new NoFaceOnDocument());
        assertThat(rekognition.detected).containsExactly(SELFIE.key(), LICENCE.key());
    }

    @Test
    void failsPermanentlyWhenBothImagesShowAFaceSoTheRejectionHasAnotherCause() {
        StubRekognition rekognition = new StubRekognition(Map.of(SELFIE.key(), 1, LICENCE.key(), 2));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> comparator(rekognition).compare(SELFIE, LICENCE, 80));

        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure.dependency()).isEqualTo("rekognition");
        assertThat(failure).hasMessageContaining("InvalidParameterException").hasMessageNotContaining("simulated");
    }

    @Test
    void failsPermanentlyWhenDetectFacesAlsoRejectsTheImage() {
        StubRekognition rekognition = new StubRekognition(Map.of());

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> comparator(rekognition).compare(SELFIE, LICENCE, 80));

        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure).hasMessageContaining("DetectFaces failed: InvalidParameterException");
    }

    @Test
    void refusesASimilarityFloorOutsideZeroToHundred() {
        RekognitionFaceComparator comparator = comparator(new StubRekognition(Map.of()));

        assertThatIllegalArgumentException().isThrownBy(() -> comparator.compare(SELFIE, LICENCE, 101));
        assertThatIllegalArgumentException().isThrownBy(() -> comparator.compare(SELFIE, LICENCE, Double.NaN));
    }

    private static RekognitionFaceComparator comparator(RekognitionClient rekognition) {
        return new RekognitionFaceComparator(rekognition, "documentbucket-123456789012");
    }

    /** CompareFaces always rejects; DetectFaces answers the scripted face count, or rejects unknown keys. */
    private static final class StubRekognition implements RekognitionClient {
        private final Map<String, Integer> facesByKey;
        private final List<String> detected = new ArrayList<>();

        StubRekognition(Map<String, Integer> facesByKey) {
            this.facesByKey = facesByKey;
        }

        @Override
        public CompareFacesResponse compareFaces(CompareFacesRequest request) {
            throw invalidParameter();
        }

        @Override
        public DetectFacesResponse detectFaces(DetectFacesRequest request) {
            String key = request.image().s3Object().name();
            detected.add(key);
            Integer faces = facesByKey.get(key);
            if (faces == null) {
                throw invalidParameter();
            }
            return DetectFacesResponse.builder()
                    .faceDetails(Collections.nCopies(faces, FaceDetail.builder().confidence(99f).build()))
                    .build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }

        private static InvalidParameterException invalidParameter() {
            return InvalidParameterException.builder()
                    .statusCode(400)
                    .message("simulated")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("InvalidParameterException")
                            .errorMessage("simulated").build())
                    .build();
        }
    }
}
