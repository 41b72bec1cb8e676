package io.onboarding.adapters.aws.rekognition;

import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.DETECT_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.SDK_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.decision.SelfieIssue;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceTrait;
import io.onboarding.domain.model.SelfieFace;
import io.onboarding.domain.model.SelfieFaces;
import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

/**
 * The selfie inspector against recorded DetectFaces answers, through the real SDK client and wire format: the
 * request it sends, the facts each recorded selfie gives, and what the default policy makes of them.
 */
class RekognitionSelfieInspectorIT {
    private static final String BUCKET = "documentbucket-123456789012";
    private static final DocumentRef SELFIE = new DocumentRef("unzipped/8d247914_selfie.png");
    private static final Offset<Double> EXACT_FLOAT = Offset.offset(0.00001);

    private RecordedAwsServer aws;
    private RekognitionClient client;
    private RekognitionSelfieInspector inspector;

    @BeforeEach
    void startServer() {
        aws = RecordedAwsServer.start();
        client = aws.rekognition();
        inspector = new RekognitionSelfieInspector(client, BUCKET);
    }

    @AfterEach
    void stopServer() {
        client.close();
        aws.close();
    }

    private SelfieFaces inspect(String fixture) {
        aws.on(DETECT_FACES, Reply.fixture("rekognition/" + fixture));
        SelfieInspection inspection = inspector.inspect(SELFIE);
        assertThat(inspection).isInstanceOf(SelfieFaces.class);
        return (SelfieFaces) inspection;
    }

    @Test
    void asksForTheStoredSelfieWithTheDefaultAttributesEyesOpenAndSunglassesOnly() {
        inspect("detect-faces-selfie-good.json");

        assertThat(aws.calls(DETECT_FACES)).hasSize(1);
        JsonNode request = aws.calls(DETECT_FACES).get(0).json();
        assertThat(request.at("/Image/S3Object/Bucket").asText()).isEqualTo(BUCKET);
        assertThat(request.at("/Image/S3Object/Name").asText()).isEqualTo(SELFIE.key());
        assertThat(request.at("/Image/Bytes").isMissingNode()).isTrue();
        var attributes = new ArrayList<String>();
        request.at("/Attributes").forEach(node -> attributes.add(node.asText()));
        assertThat(attributes).containsExactly("DEFAULT", "EYES_OPEN", "SUNGLASSES");
    }

    @Test
    void sendsTheSelfiesBytesWhenReadingLocalFiles() {
        aws.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        var bytesInspector = RekognitionSelfieInspector.readingBytes(client,
                document -> document.key().getBytes(StandardCharsets.UTF_8));

        bytesInspector.inspect(SELFIE);

        JsonNode request = aws.calls(DETECT_FACES).get(0).json();
        assertThat(Base64.getDecoder().decode(request.at("/Image/Bytes").asText())).asString()
                .isEqualTo(SELFIE.key());
        assertThat(request.at("/Image/S3Object").isMissingNode()).isTrue();
    }

    @Test
    void readsEveryMeasureOfAGoodSelfie() {
        SelfieFace face = inspect("detect-faces-selfie-good.json").faces().get(0);

        assertThat(face.widthShare()).isCloseTo(0.4823, EXACT_FLOAT);
        assertThat(face.heightShare()).isCloseTo(0.6412, EXACT_FLOAT);
        assertThat(face.confidence().getAsDouble()).isCloseTo(99.99903, EXACT_FLOAT);
        assertThat(face.pose().yaw().getAsDouble()).isCloseTo(3.5127, EXACT_FLOAT);
        assertThat(face.pose().pitch().getAsDouble()).isCloseTo(2.9866, EXACT_FLOAT);
        assertThat(face.pose().roll().getAsDouble()).isCloseTo(-1.2044, EXACT_FLOAT);
        assertThat(face.sharpness().getAsDouble()).isCloseTo(92.2801, EXACT_FLOAT);
        assertThat(face.brightness().getAsDouble()).isCloseTo(86.8607, EXACT_FLOAT);
        assertThat(face.eyesOpen()).hasValueSatisfying(trait -> assertThat(trait.present()).isTrue());
        assertThat(face.sunglasses().map(FaceTrait::present)).contains(false);
    }

    @Test
    void readsADefaultAnswerWithoutEyesOrSunglassesAsUnknownTraits() {
        SelfieFace face = inspect("detect-faces-one-face.json").faces().get(0);

        assertThat(face.eyesOpen()).isEmpty();
        assertThat(face.sunglasses()).isEmpty();
        assertThat(face.sharpness()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "detect-faces-selfie-good.json  | 1 | ''",
            "detect-faces-no-face.json      | 0 | NO_FACE",
            "detect-faces-two-faces.json    | 2 | SEVERAL_FACES",
            "detect-faces-sunglasses.json   | 1 | SUNGLASSES",
            "detect-faces-turned-head.json  | 1 | POSE_OUT_OF_RANGE",
            "detect-faces-dark.json         | 1 | TOO_DARK",
            "detect-faces-blurred.json      | 1 | TOO_BLURRED"})
    void givesFactsTheDefaultPolicyJudgesAsEachRecordedSelfieShows(String fixture, int faces, String issues) {
        SelfieFaces found = inspect(fixture);

        List<SelfieIssue> expected = issues.isEmpty() ? List.of()
                : List.of(SelfieIssue.valueOf(issues));
        assertThat(found.faces()).hasSize(faces);
        assertThat(KycPolicy.defaults().selfieQuality().evaluate(found).issues()).containsExactlyElementsOf(expected);
    }

    @Test
    void putsTheLargestOfTwoFacesFirst() {
        SelfieFaces found = inspect("detect-faces-two-faces.json");

        assertThat(found.faces().get(0).widthShare()).isCloseTo(0.4102, EXACT_FLOAT);
        assertThat(found.faces().get(1).widthShare()).isCloseTo(0.2215, EXACT_FLOAT);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "error-throttling.json, 500",
            "error-provisioned-throughput-exceeded.json, 400",
            "error-internal-server-error.json, 500"})
    void reportsThrottlingAndServerErrorsAsTransientAfterTheSdkRetries(String fixture, int status) {
        aws.on(DETECT_FACES, Reply.fixture(status, "rekognition/" + fixture));

        DependencyException failure = catchThrowableOfType(DependencyException.class, () -> inspector.inspect(SELFIE));

        assertThat(failure).isInstanceOf(TransientDependencyException.class);
        assertThat(failure.dependency()).isEqualTo("rekognition");
        assertThat(failure).hasMessageStartingWith("rekognition: DetectFaces failed: ");
        assertThat(aws.calls(DETECT_FACES)).hasSize(SDK_ATTEMPTS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"InvalidParameterException", "ImageTooLargeException", "InvalidImageFormatException",
            "InvalidS3ObjectException", "AccessDeniedException"})
    void reportsAnImageRekognitionCannotUseAsPermanentWithoutItsText(String errorType) {
        aws.on(DETECT_FACES, Reply.error(400, errorType));

        DependencyException failure = catchThrowableOfType(DependencyException.class, () -> inspector.inspect(SELFIE));

        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure).hasMessageContaining(errorType).hasMessageNotContaining("simulated");
        assertThat(aws.calls(DETECT_FACES)).hasSize(1);
    }
}
