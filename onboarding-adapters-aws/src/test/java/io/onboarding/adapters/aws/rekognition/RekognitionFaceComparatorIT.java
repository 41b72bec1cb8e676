package io.onboarding.adapters.aws.rekognition;

import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.COMPARE_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.DETECT_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.SDK_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

/** The comparator against recorded CompareFaces/DetectFaces answers, through the real SDK client and wire format. */
class RekognitionFaceComparatorIT {
    private static final String BUCKET = "documentbucket-123456789012";
    private static final DocumentRef SELFIE = new DocumentRef("unzipped/8d247914_selfie.png");
    private static final DocumentRef LICENCE = new DocumentRef("unzipped/8d247914_license.png");

    private RecordedAwsServer aws;
    private RekognitionClient client;
    private RekognitionFaceComparator comparator;

    @BeforeEach
    void startServer() {
        aws = RecordedAwsServer.start();
        client = aws.rekognition();
        comparator = new RekognitionFaceComparator(client, BUCKET);
    }

    @AfterEach
    void stopServer() {
        client.close();
        aws.close();
    }

    @Test
    void sendsTheSelfieAsSourceAndTheLicenceAsTargetWithTheCallersFloor() {
        aws.on(COMPARE_FACES, Reply.fixture("rekognition/compare-faces-licence-portrait-matches.json"));

        comparator.compare(SELFIE, LICENCE, 87.5);

        assertThat(aws.calls(COMPARE_FACES)).hasSize(1);
        JsonNode request = aws.calls(COMPARE_FACES).get(0).json();
        assertThat(request.at("/SourceImage/S3Object/Bucket").asText()).isEqualTo(BUCKET);
        assertThat(request.at("/SourceImage/S3Object/Name").asText()).isEqualTo(SELFIE.key());
        assertThat(request.at("/TargetImage/S3Object/Bucket").asText()).isEqualTo(BUCKET);
        assertThat(request.at("/TargetImage/S3Object/Name").asText()).isEqualTo(LICENCE.key());
        assertThat(request.at("/SimilarityThreshold").asDouble()).isEqualTo(87.5);
        assertThat(request.at("/QualityFilter").asText()).isEqualTo("AUTO");
        assertThat(request.at("/SourceImage/Bytes").isMissingNode()).isTrue();
        assertThat(request.at("/TargetImage/Bytes").isMissingNode()).isTrue();
    }

    @Test
    void sendsImageBytesWhenReadingLocalFiles() {
        aws.on(COMPARE_FACES, Reply.fixture("rekognition/compare-faces-licence-portrait-matches.json"));
        var bytesComparator = RekognitionFaceComparator.readingBytes(client,
                document -> document.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        FaceComparison comparison = bytesComparator.compare(SELFIE, LICENCE, 80);

        JsonNode request = aws.calls(COMPARE_FACES).get(0).json();
        assertThat(java.util.Base64.getDecoder().decode(request.at("/SourceImage/Bytes").asText()))
                .asString().isEqualTo(SELFIE.key());
        assertThat(java.util.Base64.getDecoder().decode(request.at("/TargetImage/Bytes").asText()))
                .asString().isEqualTo(LICENCE.key());
        assertThat(request.at("/SourceImage/S3Object").isMissingNode()).isTrue();
        assertThat(comparison).isInstanceOf(FacesCompared.class);
    }

    @Test
    void reportsTheBestOfTheLicencesTwoFaces() {
        aws.on(COMPARE_FACES, Reply.fixture("rekognition/compare-faces-licence-portrait-matches.json"));

        FaceComparison comparison = comparator.compare(SELFIE, LICENCE, 80);

        assertThat(comparison).isInstanceOf(FacesCompared.class);
        FacesCompared compared = (FacesCompared) comparison;
        assertThat(compared.bestSimilarity()).isCloseTo(99.40717, Offset.offset(0.0001));
        assertThat(compared.facesOnDocument()).isEqualTo(2);
        assertThat(aws.calls(DETECT_FACES)).isEmpty();
    }

    @Test
    void reportsZeroSimilarityForADifferentPerson() {
        aws.on(COMPARE_FACES, Reply.fixture("rekognition/compare-faces-different-person.json"));

        FaceComparison comparison = comparator.compare(SELFIE, LICENCE, 80);

        assertThat(comparison).isEqualTo(new FacesCompared(0, 2));
    }

    @Test
    void reportsNoFaceOnDocumentForEmptyFaceLists() {
        aws.on(COMPARE_FACES, Reply.fixture("rekognition/compare-faces-no-face-on-document.json"));

        FaceComparison comparison = comparator.compare(SELFIE, LICENCE, 80);

        assertThat(comparison).isEqualTo(new NoFaceOnDocument());
    }

    @Test
    void turnsTheNoFaceRejectionIntoNoFaceInSelfie() {
        aws.on(COMPARE_FACES, Reply.fixture(400, "rekognition/error-invalid-parameter-no-face.json"))
                .on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-no-face.json"));

        FaceComparison comparison = comparator.compare(SELFIE, LICENCE, 80);

        assertThat(comparison).isEqualTo(new NoFaceInSelfie());
        assertThat(aws.calls(COMPARE_FACES)).as("a 400 is not retried").hasSize(1);
        assertThat(aws.calls(DETECT_FACES)).hasSize(1);
        JsonNode detect = aws.calls(DETECT_FACES).get(0).json();
        assertThat(detect.at("/Image/S3Object/Bucket").asText()).isEqualTo(BUCKET);
        assertThat(detect.at("/Image/S3Object/Name").asText()).isEqualTo(SELFIE.key());
    }

    @Test
    void turnsTheNoFaceRejectionIntoNoFaceOnDocumentWhenTheSelfieHasAFace() {
        aws.on(COMPARE_FACES, Reply.fixture(400, "rekognition/error-invalid-parameter-no-face.json"))
                .on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-one-face.json"),
                        Reply.fixture("rekognition/detect-faces-no-face.json"));

        FaceComparison comparison = comparator.compare(SELFIE, LICENCE, 80);

        assertThat(comparison).isEqualTo(new NoFaceOnDocument());
        assertThat(aws.calls(DETECT_FACES)).extracting(call -> call.json().at("/Image/S3Object/Name").asText())
                .containsExactly(SELFIE.key(), LICENCE.key());
    }

    @Test
    void failsPermanentlyRatherThanClaimNoFaceWhenBothImagesShowOne() {
        aws.on(COMPARE_FACES, Reply.fixture(400, "rekognition/error-invalid-parameter-no-face.json"))
                .on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-one-face.json"));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> comparator.compare(SELFIE, LICENCE, 80));

        assertThat(failure).isNotInstanceOf(TransientDependencyException.class)
                .hasMessageContaining("CompareFaces failed: InvalidParameterException");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "error-throttling.json, 500",
            "error-provisioned-throughput-exceeded.json, 400",
            "error-internal-server-error.json, 500"})
    void reportsThrottlingAndServerErrorsAsTransientAfterTheSdkRetries(String fixture, int status) {
        aws.on(COMPARE_FACES, Reply.fixture(status, "rekognition/" + fixture));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> comparator.compare(SELFIE, LICENCE, 80));

        assertThat(failure).isInstanceOf(TransientDependencyException.class);
        assertThat(failure.dependency()).isEqualTo("rekognition");
        assertThat(aws.calls(COMPARE_FACES)).hasSize(SDK_ATTEMPTS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "InvalidS3ObjectException",
            "ImageTooLargeException",
            "InvalidImageFormatException",
            "AccessDeniedException"})
    void reportsOtherErrorsAsPermanentWithoutRetrying(String errorType) {
        aws.on(COMPARE_FACES, Reply.error(400, errorType));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> comparator.compare(SELFIE, LICENCE, 80));

        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure).hasMessageContaining(errorType).hasMessageNotContaining("simulated");
        assertThat(aws.calls(COMPARE_FACES)).hasSize(1);
        assertThat(aws.calls(DETECT_FACES)).isEmpty();
    }

    @Test
    void keepsProviderTextOutOfFailureMessages() {
        aws.on(COMPARE_FACES, Reply.fixture(400, "rekognition/error-invalid-s3-object.json"));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> comparator.compare(SELFIE, LICENCE, 80));

        assertThat(failure.getMessage())
                .startsWith("rekognition: CompareFaces failed: InvalidS3ObjectException (HTTP 400")
                .doesNotContain("Unable to get object metadata");
    }
}
