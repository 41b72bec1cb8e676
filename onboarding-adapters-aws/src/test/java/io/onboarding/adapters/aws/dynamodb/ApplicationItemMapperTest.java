package io.onboarding.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.matching.MatchReason;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ApplicationItemMapperTest {
    private final ApplicationItemMapper mapper = new ApplicationItemMapper();

    static Stream<ApplicationRecord> everyVariant() {
        return ApplicationRecords.everyVariant("app").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyVariant")
    void readsBackExactlyTheRecordItWrote(ApplicationRecord record) {
        Map<String, AttributeValue> item = mapper.toItem(record);

        ApplicationRecord read = mapper.fromItem(item);

        assertThat(read).isEqualTo(record);
    }

    @Test
    void writesTheDeclaredDetailsRawAsStringsUnderTheirCsvNames() {
        ApplicationRecord record = ApplicationRecords.fullyPopulated("app-1", new NoFaceInSelfie());

        Map<String, AttributeValue> item = mapper.toItem(record);

        assertThat(item.get("APP_UUID")).isEqualTo(AttributeValue.fromS("app-1"));
        assertThat(item.get("FIRST_NAME")).isEqualTo(AttributeValue.fromS("NICK"));
        assertThat(item.get("DOCUMENT_NUMBER")).isEqualTo(AttributeValue.fromS("S123456579010"));
        assertThat(item.get("ZIP_CODE_IN_ADDRESS")).isEqualTo(AttributeValue.fromS(""));
        assertThat(item.get("ADDRESS")).as("stored raw, as the original did; neutralised only on export")
                .isEqualTo(AttributeValue.fromS("=HYPERLINK(\"x\")"));
    }

    @Test
    void writesTheOriginalSystemsThreeFlagsAsBool() {
        ApplicationRecord approved = ApplicationRecords.sampleApplicantApproved("app-1");

        Map<String, AttributeValue> item = mapper.toItem(approved);

        assertThat(item.get("LICENSE_SELFIE_MATCH")).isEqualTo(AttributeValue.fromBool(true));
        assertThat(item.get("LICENSE_DETAILS_MATCH")).isEqualTo(AttributeValue.fromBool(true));
        assertThat(item.get("LICENSE_VALIDATION")).isEqualTo(AttributeValue.fromBool(true));
        assertThat(item.get("DECISION")).isEqualTo(AttributeValue.fromS("APPROVED"));
        assertThat(item.get("DECISION_REASONS")).isEqualTo(AttributeValue.fromL(List.of()));
        assertThat(item.get("FACE_SIMILARITY")).isEqualTo(AttributeValue.fromN("99.5"));
        assertThat(item.get("FACES_ON_DOCUMENT")).isEqualTo(AttributeValue.fromN("2"));
        assertThat(item.get("REVISION")).isEqualTo(AttributeValue.fromN(Long.toString(approved.revision())));
        assertThat(item.get("EFFECTS").m().get("QUEUE_LICENSE_CHECK").m())
                .containsEntry("status", AttributeValue.fromS("DONE"))
                .containsKey("at");
    }

    @Test
    void leavesTheFlagsOutWhileTheirChecksHaveNotRun() {
        ApplicationRecord fresh = ApplicationRecords.sampleApplicant("app-1");

        Map<String, AttributeValue> item = mapper.toItem(fresh);

        assertThat(item).doesNotContainKeys("LICENSE_SELFIE_MATCH", "LICENSE_DETAILS_MATCH", "LICENSE_VALIDATION",
                "FACE_RESULT", "DOCUMENT_SUPPORTED", "DECISION", "EFFECTS", "REFUSAL_REASON");
        assertThat(item.get("RECEIVED_AT")).isEqualTo(AttributeValue.fromS("2024-05-01T10:15:30.123456789Z"));
    }

    @Test
    void namesEachFaceComparisonVariant() {
        var compared = mapper.toItem(ApplicationRecords.sampleApplicantApproved("a"));
        var noSelfieFace = mapper.toItem(ApplicationRecords.fullyPopulated("b", new NoFaceInSelfie()));
        var noDocumentFace = mapper.toItem(ApplicationRecords.fullyPopulated("c", new NoFaceOnDocument()));

        assertThat(compared.get("FACE_RESULT").s()).isEqualTo("FACES_COMPARED");
        assertThat(noSelfieFace.get("FACE_RESULT").s()).isEqualTo("NO_FACE_IN_SELFIE");
        assertThat(noDocumentFace.get("FACE_RESULT").s()).isEqualTo("NO_FACE_ON_DOCUMENT");
        assertThat(noSelfieFace).doesNotContainKeys("FACE_SIMILARITY", "FACES_ON_DOCUMENT");
        assertThat(noSelfieFace.get("LICENSE_SELFIE_MATCH")).isEqualTo(AttributeValue.fromBool(false));
    }

    @Test
    void writesAnUnsupportedDocumentWithoutFieldResults() {
        var item = mapper.toItem(ApplicationRecords.unsupportedDocument("a"));

        assertThat(item.get("DOCUMENT_SUPPORTED")).isEqualTo(AttributeValue.fromBool(false));
        assertThat(item.get("LICENSE_DETAILS_MATCH")).isEqualTo(AttributeValue.fromBool(false));
        assertThat(item).doesNotContainKey("FIELD_RESULTS");
    }

    @Test
    void refusesFieldResultsThatAreNotInCsvOrder() {
        var reversed = new ArrayList<>(ApplicationRecords.fieldResults(MatchReason.EXACT));
        java.util.Collections.reverse(reversed);
        ApplicationRecord record = ApplicationRecords.sampleApplicant("a")
                .withDetailsCheck(new DetailsCheck(true, reversed, false), ApplicationRecords.RECEIVED);

        assertThatThrownBy(() -> mapper.toItem(record))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSV order");
    }

    @Test
    void namesAMissingAttribute() {
        var item = new HashMap<>(mapper.toItem(ApplicationRecords.sampleApplicant("a")));
        item.remove("SOURCE_VERSION");

        assertThatThrownBy(() -> mapper.fromItem(item))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute SOURCE_VERSION is missing");
    }

    @Test
    void namesAMistypedAttributeWithoutQuotingIt() {
        var item = new HashMap<>(mapper.toItem(ApplicationRecords.sampleApplicant("a")));
        item.put("LAST_NAME", AttributeValue.fromN("42"));
        item.put("REVISION", AttributeValue.fromS("one"));

        assertThatThrownBy(() -> mapper.fromItem(item))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("attribute (LAST_NAME|REVISION) is not (a string|a number)")
                .hasMessageNotContaining("one")
                .hasMessageNotContaining("42");
    }

    @Test
    void namesAnUnknownCodeWithoutQuotingIt() {
        var item = new HashMap<>(mapper.toItem(ApplicationRecords.sampleApplicantApproved("a")));
        var results = new HashMap<>(item.get("FIELD_RESULTS").m());
        results.put("LAST_NAME", AttributeValue.fromS("SAMPLE"));
        item.put("FIELD_RESULTS", AttributeValue.fromM(results));

        assertThatThrownBy(() -> mapper.fromItem(item))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute FIELD_RESULTS.LAST_NAME has an unknown value");
    }

    @Test
    void ignoresAttributesItDoesNotKnow() {
        ApplicationRecord record = ApplicationRecords.sampleApplicantApproved("a");
        var item = new HashMap<>(mapper.toItem(record));
        item.put("ADDED_BY_A_LATER_VERSION", AttributeValue.fromS("x"));

        ApplicationRecord read = mapper.fromItem(item);

        assertThat(read).isEqualTo(record);
    }

    @Test
    void readsFieldResultsBackInCsvOrderWhateverTheMapOrder() {
        ApplicationRecord record = ApplicationRecords.sampleApplicantApproved("a");
        var item = new HashMap<>(mapper.toItem(record));
        var shuffled = new java.util.TreeMap<>(item.get("FIELD_RESULTS").m());
        item.put("FIELD_RESULTS", AttributeValue.fromM(shuffled));

        ApplicationRecord read = mapper.fromItem(item);

        assertThat(read.detailsCheck().orElseThrow().fields()).extracting(FieldMatch::field)
                .containsExactlyElementsOf(IdField.APPLICANT_FIELDS);
    }
}
