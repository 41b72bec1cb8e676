package io.onboarding.adapters.aws.textract;

import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.ANALYZE_ID;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.SDK_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.UnsupportedDocument;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.textract.TextractClient;

/** The reader against recorded AnalyzeID answers, through the real SDK client and wire format. */
class TextractIdDocumentReaderIT {
    private static final String BUCKET = "documentbucket-123456789012";
    private static final DocumentRef LICENCE = new DocumentRef("unzipped/8d247914_license.png");

    private RecordedAwsServer aws;
    private TextractClient client;
    private TextractIdDocumentReader reader;

    @BeforeEach
    void startServer() {
        aws = RecordedAwsServer.start();
        client = aws.textract();
        reader = new TextractIdDocumentReader(client, BUCKET);
    }

    @AfterEach
    void stopServer() {
        client.close();
        aws.close();
    }

    @Test
    void analysesTheStoredLicenceAsOneS3Page() {
        aws.on(ANALYZE_ID, Reply.fixture("textract/analyze-id-sample-licence.json"));

        reader.read(LICENCE);

        JsonNode request = aws.calls(ANALYZE_ID).get(0).json();
        assertThat(request.get("DocumentPages")).hasSize(1);
        assertThat(request.at("/DocumentPages/0/S3Object/Bucket").asText()).isEqualTo(BUCKET);
        assertThat(request.at("/DocumentPages/0/S3Object/Name").asText()).isEqualTo(LICENCE.key());
        assertThat(request.at("/DocumentPages/0/Bytes").isMissingNode()).isTrue();
    }

    @Test
    void sendsImageBytesWhenReadingLocalFiles() {
        aws.on(ANALYZE_ID, Reply.fixture("textract/analyze-id-sample-licence.json"));
        var bytesReader = TextractIdDocumentReader.readingBytes(client,
                document -> document.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        bytesReader.read(LICENCE);

        JsonNode request = aws.calls(ANALYZE_ID).get(0).json();
        assertThat(java.util.Base64.getDecoder().decode(request.at("/DocumentPages/0/Bytes").asText()))
                .asString().isEqualTo(LICENCE.key());
        assertThat(request.at("/DocumentPages/0/S3Object").isMissingNode()).isTrue();
    }

    @Test
    void mapsEveryFieldOfTheSampleLicence() {
        aws.on(ANALYZE_ID, Reply.fixture("textract/analyze-id-sample-licence.json"));

        IdExtraction extraction = reader.read(LICENCE);

        assertThat(extraction).isInstanceOf(ExtractedIdDocument.class);
        Map<IdField, ExtractedField> fields = ((ExtractedIdDocument) extraction).fields();
        assertThat(fields).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(IdField.FIRST_NAME, ExtractedField.of("NICK", 98.7451f)),
                Map.entry(IdField.LAST_NAME, ExtractedField.of("SAMPLE", 98.9102f)),
                Map.entry(IdField.CITY_IN_ADDRESS, ExtractedField.of("TALLAHASSEE", 98.2247f)),
                Map.entry(IdField.ZIP_CODE_IN_ADDRESS, ExtractedField.of("000001234", 97.9814f)),
                Map.entry(IdField.STATE_IN_ADDRESS, ExtractedField.of("FL", 99.0112f)),
                Map.entry(IdField.STATE_NAME, ExtractedField.of("FLORIDA", 98.5521f)),
                Map.entry(IdField.DOCUMENT_NUMBER, ExtractedField.of("S123456579010", 95.8873f)),
                Map.entry(IdField.EXPIRATION_DATE,
                        ExtractedField.ofDate("01/12/2027", 98.6615f, LocalDate.of(2027, 1, 12))),
                Map.entry(IdField.DATE_OF_BIRTH,
                        ExtractedField.ofDate("01/12/1957", 98.8804f, LocalDate.of(1957, 1, 12))),
                Map.entry(IdField.DATE_OF_ISSUE,
                        ExtractedField.ofDate("07/27/2019", 98.3309f, LocalDate.of(2019, 7, 27))),
                Map.entry(IdField.ID_TYPE, ExtractedField.of("DRIVER LICENSE FRONT", 98.1937f)),
                Map.entry(IdField.ENDORSEMENTS, ExtractedField.of("NONE", 97.6012f)),
                Map.entry(IdField.RESTRICTIONS, ExtractedField.of("NONE", 97.8150f)),
                Map.entry(IdField.CLASS, ExtractedField.of("E", 98.9931f)),
                Map.entry(IdField.ADDRESS, ExtractedField.of("123 MAIN STREET", 98.4018f))));
    }

    @Test
    void carriesTheMiddleNameAndSuffixOfALicenceThatPrintsThem() {
        aws.on(ANALYZE_ID, Reply.fixture("textract/analyze-id-licence-with-middle-name-and-suffix.json"));

        ExtractedIdDocument document = (ExtractedIdDocument) reader.read(LICENCE);

        assertThat(document.field(IdField.MIDDLE_NAME)).contains(ExtractedField.of("ALLEN", 97.4418f));
        assertThat(document.field(IdField.SUFFIX)).contains(ExtractedField.of("JR", 96.8127f));
        assertThat(document.field(IdField.FIRST_NAME)).contains(ExtractedField.of("NICK", 98.7451f));
        assertThat(document.field(IdField.LAST_NAME)).contains(ExtractedField.of("SAMPLE", 98.9102f));
    }

    @Test
    void wouldNoticeAFixtureWithTheWrongDateCase() {
        aws.on(ANALYZE_ID, Reply.fixture("textract/analyze-id-sample-licence-miscased-value-type.json"));

        ExtractedIdDocument document = (ExtractedIdDocument) reader.read(LICENCE);

        // "ValueType": "Date" unmarshals to an unknown enum: the normalised dates vanish, so the test above fails
        assertThat(document.field(IdField.DATE_OF_BIRTH).orElseThrow().normalizedDate()).isEmpty();
        assertThat(document.field(IdField.DATE_OF_BIRTH).orElseThrow().text()).isEqualTo("01/12/1957");
    }

    @Test
    void reportsAnAnswerWithoutDocumentsAsUnsupported() {
        aws.on(ANALYZE_ID, Reply.fixture("textract/analyze-id-no-document.json"));

        IdExtraction extraction = reader.read(LICENCE);

        assertThat(extraction).isEqualTo(new UnsupportedDocument("NoIdentityDocument"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "error-unsupported-document.json, UnsupportedDocumentException",
            "error-bad-document.json, BadDocumentException",
            "error-document-too-large.json, DocumentTooLargeException"})
    void reportsAnUnfitDocumentAsAnOutcomeWithoutRetrying(String fixture, String code) {
        aws.on(ANALYZE_ID, Reply.fixture(400, "textract/" + fixture));

        IdExtraction extraction = reader.read(LICENCE);

        assertThat(extraction).isEqualTo(new UnsupportedDocument(code));
        assertThat(aws.calls(ANALYZE_ID)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "error-throttling.json, 500",
            "error-provisioned-throughput-exceeded.json, 400",
            "error-internal-server-error.json, 500"})
    void reportsThrottlingAndServerErrorsAsTransientAfterTheSdkRetries(String fixture, int status) {
        aws.on(ANALYZE_ID, Reply.fixture(status, "textract/" + fixture));

        DependencyException failure = catchThrowableOfType(DependencyException.class, () -> reader.read(LICENCE));

        assertThat(failure).isInstanceOf(TransientDependencyException.class);
        assertThat(failure.dependency()).isEqualTo("textract");
        assertThat(failure).hasMessageStartingWith("textract: AnalyzeID failed: ");
        assertThat(aws.calls(ANALYZE_ID)).hasSize(SDK_ATTEMPTS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"InvalidS3ObjectException", "InvalidParameterException", "AccessDeniedException"})
    void reportsOtherErrorsAsPermanent(String errorType) {
        aws.on(ANALYZE_ID, Reply.error(400, errorType));

        DependencyException failure = catchThrowableOfType(DependencyException.class, () -> reader.read(LICENCE));

        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure).hasMessageContaining(errorType).hasMessageNotContaining("simulated");
        assertThat(aws.calls(ANALYZE_ID)).hasSize(1);
    }

    @Test
    void reportsAnUnreachableServiceAsTransient() {
        aws.close();

        DependencyException failure = catchThrowableOfType(DependencyException.class, () -> reader.read(LICENCE));

        assertThat(failure).isInstanceOf(TransientDependencyException.class)
                .hasMessageStartingWith("textract: AnalyzeID failed: SdkClientException");
    }
}
