package io.onboarding.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.matching.MatchReason;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.SelfieFace;
import io.onboarding.domain.model.SelfieFaces;
import io.onboarding.domain.model.SelfieNotInspected;
import io.onboarding.domain.testing.FixedSelfieInspector;
import io.onboarding.records.testing.ApplicationRecords;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationRecordCodecTest {

    static Stream<ApplicationRecord> everyShape() {
        return ApplicationRecords.everyShape("app").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyShape")
    void readsBackExactlyTheRecordItWrote(ApplicationRecord record) {
        Map<String, Object> attributes = ApplicationRecordCodec.toAttributes(record);

        ApplicationRecord read = ApplicationRecordCodec.fromAttributes(attributes);

        assertThat(read).isEqualTo(record);
    }

    @Test
    void writesTheOriginalSystemsAttributesFirstThenTheRecordsOwn() {
        ApplicationRecord record = ApplicationRecords.fullyPopulated("app-1", new NoFaceInSelfie());

        Map<String, Object> attributes = ApplicationRecordCodec.toAttributes(record);

        assertThat(attributes.keySet()).containsExactly("APP_UUID", "FIRST_NAME", "LAST_NAME", "CITY_IN_ADDRESS",
                "ZIP_CODE_IN_ADDRESS", "STATE_IN_ADDRESS", "DOCUMENT_NUMBER", "DATE_OF_BIRTH", "ADDRESS",
                "LICENSE_SELFIE_MATCH", "LICENSE_DETAILS_MATCH", "LICENSE_VALIDATION", "SOURCE_VERSION", "REVISION",
                "ATTEMPTS", "RECEIVED_AT", "UPDATED_AT", "FACE_RESULT", "DOCUMENT_SUPPORTED", "LICENSE_EXPIRED",
                "FIELD_RESULTS", "DECISION", "DECISION_REASONS", "EFFECTS", "HISTORY");
    }

    @Test
    void writesTheDeclaredDetailsRawAsStringsUnderTheirCsvNames() {
        ApplicationRecord record = ApplicationRecords.fullyPopulated("app-1", new NoFaceInSelfie());

        Map<String, Object> attributes = ApplicationRecordCodec.toAttributes(record);

        assertThat(attributes).containsEntry("APP_UUID", "app-1")
                .containsEntry("FIRST_NAME", "NICK")
                .containsEntry("DOCUMENT_NUMBER", "S123456579010")
                .containsEntry("ZIP_CODE_IN_ADDRESS", "")
                .as("stored raw, as the original did; neutralised only on export")
                .containsEntry("ADDRESS", "=HYPERLINK(\"x\")");
    }

    @Test
    void writesTheFlagsAsBooleansNumbersAsDecimalsAndInstantsAsIsoText() {
        ApplicationRecord approved = ApplicationRecords.sampleApplicantApproved("app-1");

        Map<String, Object> attributes = ApplicationRecordCodec.toAttributes(approved);

        assertThat(attributes).containsEntry("LICENSE_SELFIE_MATCH", true)
                .containsEntry("LICENSE_DETAILS_MATCH", true)
                .containsEntry("LICENSE_VALIDATION", true)
                .containsEntry("DECISION", "APPROVED")
                .containsEntry("DECISION_REASONS", List.of())
                .containsEntry("FACE_SIMILARITY", new BigDecimal("99.5"))
                .containsEntry("FACES_ON_DOCUMENT", BigDecimal.valueOf(2))
                .containsEntry("REVISION", BigDecimal.valueOf(approved.revision()))
                .containsEntry("RECEIVED_AT", "2024-05-01T10:15:30.123456789Z")
                .containsEntry("DETAILS_KEY", "unzipped/app-1_details.csv")
                .containsEntry("SELFIE_KEY", "unzipped/app-1_selfie.png")
                .containsEntry("LICENSE_KEY", "unzipped/app-1_license.png")
                .containsEntry("EFFECTS", Map.of("QUEUE_LICENSE_CHECK", Map.of("status", "DONE",
                        "at", "2024-05-01T10:15:35.123456789Z")));
        assertThat(List.copyOf(((Map<?, ?>) attributes.get("FIELD_RESULTS")).keySet())).as("CSV order")
                .isEqualTo(IdField.APPLICANT_FIELDS.stream().map(Enum::name).toList());
    }

    @Test
    void leavesOutWhatHasNotHappened() {
        ApplicationRecord fresh = ApplicationRecords.sampleApplicant("app-1");

        Map<String, Object> attributes = ApplicationRecordCodec.toAttributes(fresh);

        assertThat(attributes).doesNotContainKeys("LICENSE_SELFIE_MATCH", "LICENSE_DETAILS_MATCH",
                "LICENSE_VALIDATION", "FACE_RESULT", "DOCUMENT_SUPPORTED", "DECISION", "EFFECTS", "REFUSAL_REASON",
                "DETAILS_KEY");
    }

    @Test
    void writesARefusalOrAnUnreadPackageWithoutApplicant() {
        Map<String, Object> refused = ApplicationRecordCodec.toAttributes(ApplicationRecords.refused("a"));
        Map<String, Object> unread = ApplicationRecordCodec.toAttributes(ApplicationRecords.unread("b"));

        assertThat(refused).containsEntry("REFUSAL_REASON", "CSV_RAGGED").doesNotContainKey("FIRST_NAME");
        assertThat(unread).doesNotContainKeys("REFUSAL_REASON", "FIRST_NAME")
                .containsEntry("DECISION_REASONS", List.of("DEPENDENCY_FAILURE"));
    }

    @Test
    void namesEachFaceComparisonVariant() {
        var compared = ApplicationRecordCodec.toAttributes(ApplicationRecords.sampleApplicantApproved("a"));
        var noSelfieFace = ApplicationRecordCodec.toAttributes(
                ApplicationRecords.fullyPopulated("b", new NoFaceInSelfie()));
        var noDocumentFace = ApplicationRecordCodec.toAttributes(
                ApplicationRecords.fullyPopulated("c", new NoFaceOnDocument()));

        assertThat(compared.get("FACE_RESULT")).isEqualTo("FACES_COMPARED");
        assertThat(noSelfieFace.get("FACE_RESULT")).isEqualTo("NO_FACE_IN_SELFIE");
        assertThat(noDocumentFace.get("FACE_RESULT")).isEqualTo("NO_FACE_ON_DOCUMENT");
        assertThat(noSelfieFace).doesNotContainKeys("FACE_SIMILARITY", "FACES_ON_DOCUMENT")
                .containsEntry("LICENSE_SELFIE_MATCH", false);
    }

    @Test
    void writesAnUnsupportedDocumentWithoutFieldResults() {
        var attributes = ApplicationRecordCodec.toAttributes(ApplicationRecords.unsupportedDocument("a"));

        assertThat(attributes).containsEntry("DOCUMENT_SUPPORTED", false)
                .containsEntry("LICENSE_DETAILS_MATCH", false)
                .doesNotContainKey("FIELD_RESULTS");
    }

    @Test
    void writesAClaimIdOnlyWhenTheClaimHasOne() {
        var attributes = ApplicationRecordCodec.toAttributes(ApplicationRecords.pendingValidation("a"));

        assertThat(attributes.get("EFFECTS")).isEqualTo(Map.of(
                "NOTIFY_FACE_MATCH_FAILED", Map.of("status", "CLAIMED", "at", "2024-05-01T10:15:34.123456789Z",
                        "claim", "claim-4"),
                "QUEUE_LICENSE_CHECK", Map.of("status", "CLAIMED", "at", "2024-05-01T10:15:34.123456789Z")));
    }

    @Test
    void writesTheReviewThePurgeAndTheHistoryLastAsMapsOfStrings() {
        ApplicationRecord record = ApplicationRecords.reviewedAndPurged("app-1");

        Map<String, Object> attributes = ApplicationRecordCodec.toAttributes(record);

        assertThat(List.copyOf(attributes.keySet()).subList(attributes.size() - 4, attributes.size()))
                .containsExactly("EFFECTS", "REVIEW", "PURGE", "HISTORY");
        assertThat(attributes.get("REVIEW")).isEqualTo(Map.of("at", "2024-05-01T11:15:40.123456789Z",
                "reviewer", "officer-17", "outcome", "REJECTED", "reason", "DOCUMENT_TAMPERED",
                "note", ApplicationRecords.REVIEW_NOTE));
        assertThat(attributes.get("PURGE")).isEqualTo(Map.of("at", "2024-05-01T12:15:40.123456789Z",
                "requestedBy", "dpo@bank.example", "reason", "CUSTOMER_REQUEST"));
        List<?> history = (List<?>) attributes.get("HISTORY");
        assertThat(history).hasSize(record.history().size());
        assertThat(history.get(0)).isEqualTo(Map.of("at", "2024-05-01T10:15:30.123456789Z", "kind", "RECEIVED",
                "actor", "system", "codes", List.of("ACCEPTED")));
        assertThat(history.get(9)).isEqualTo(Map.of("at", "2024-05-01T11:15:40.123456789Z", "kind", "REVIEWED",
                "actor", "officer-17", "codes", List.of("DOCUMENT_TAMPERED"), "before", "NEEDS_REVIEW",
                "after", "REJECTED"));
        assertThat(List.<Object>copyOf(((Map<?, ?>) history.get(9)).keySet()))
                .containsExactly("at", "kind", "actor", "codes", "before", "after");
    }

    @Test
    void writesAReviewWithoutNoteWithoutTheNoteAttribute() {
        var attributes = ApplicationRecordCodec.toAttributes(ApplicationRecords.approvedInReview("a"));

        assertThat(attributes.get("REVIEW")).isEqualTo(Map.of("at", "2024-05-01T10:15:32.373456789Z",
                "reviewer", "officer-3", "outcome", "APPROVED", "reason", "MANUAL_CHECK_PASSED"));
        assertThat(attributes).doesNotContainKey("PURGE");
    }

    @Test
    void readsARecordWithoutHistoryReviewOrPurgeAsOneWithNone() {
        ApplicationRecord approved = ApplicationRecords.sampleApplicantApproved("a");
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(approved));
        attributes.remove("HISTORY");

        ApplicationRecord read = ApplicationRecordCodec.fromAttributes(attributes);

        assertThat(read.history()).isEmpty();
        assertThat(read.review()).isEmpty();
        assertThat(read.purge()).isEmpty();
        assertThat(read).isEqualTo(ApplicationRecords.withoutHistory(approved));
        assertThat(ApplicationRecordCodec.toAttributes(read)).doesNotContainKeys("HISTORY", "REVIEW", "PURGE");
    }

    @Test
    void writesTheSelfieCheckAsAMapOfCodesAndMeasuresNextToTheFaceResult() {
        ApplicationRecord record = ApplicationRecords.selfieChecked("s", SelfieFaces.of(
                SelfieFace.ofSize(0.3, 0.4), FixedSelfieInspector.GOOD_FACE.withQuality(3.25, 97.5)));

        Map<String, Object> attributes = ApplicationRecordCodec.toAttributes(record);

        assertThat(attributes).containsEntry("LICENSE_SELFIE_MATCH", false);
        @SuppressWarnings("unchecked")
        var selfie = (Map<String, Object>) attributes.get("SELFIE_QUALITY");
        assertThat(selfie).containsEntry("result", "INSPECTED")
                .containsEntry("issues", List.of("SEVERAL_FACES", "TOO_BLURRED", "TOO_BRIGHT"));
        @SuppressWarnings("unchecked")
        var faces = (List<Map<String, Object>>) selfie.get("faces");
        assertThat(faces).hasSize(2);
        assertThat(faces.get(0)).containsEntry("widthShare", new BigDecimal("0.4823"))
                .containsEntry("sharpness", new BigDecimal("3.25")).containsKeys("confidence", "yaw", "pitch", "roll",
                        "brightness", "eyesOpen", "sunglasses");
        assertThat(faces.get(1)).containsOnlyKeys("widthShare", "heightShare");
        assertThat(List.copyOf(attributes.keySet()).indexOf("SELFIE_QUALITY"))
                .isEqualTo(List.copyOf(attributes.keySet()).indexOf("FACES_ON_DOCUMENT") + 1);
        assertThat(ApplicationRecordCodec.toAttributes(ApplicationRecords.selfieChecked("n",
                new SelfieNotInspected()))).extractingByKey("SELFIE_QUALITY")
                .isEqualTo(Map.of("result", "NOT_INSPECTED", "issues", List.of()));
    }

    @Test
    void readsAFaceCheckWrittenBeforeSelfiesWereInspectedAsOneWithoutSelfieCheck() {
        ApplicationRecord record = ApplicationRecords.selfieChecked("s", SelfieFaces.of(FixedSelfieInspector.GOOD_FACE));
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(record));
        attributes.remove("SELFIE_QUALITY");

        ApplicationRecord read = ApplicationRecordCodec.fromAttributes(attributes);

        assertThat(read.faceCheck().orElseThrow().quality()).isEmpty();
        assertThat(read.faceCheck().orElseThrow().passed()).isTrue();
    }

    @Test
    void namesADamagedSelfieCheckByItsPathWithoutQuotingIt() {
        ApplicationRecord record = ApplicationRecords.selfieChecked("s", SelfieFaces.of(FixedSelfieInspector.GOOD_FACE));
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(record));
        @SuppressWarnings("unchecked")
        var selfie = new HashMap<>((Map<String, Object>) attributes.get("SELFIE_QUALITY"));
        selfie.put("issues", List.of("SECRET_CODE_VALUE"));
        attributes.put("SELFIE_QUALITY", selfie);

        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute SELFIE_QUALITY.issues has an unknown value")
                .hasMessageNotContaining("SECRET");

        selfie.put("issues", List.of());
        selfie.put("faces", List.of(Map.of("widthShare", new BigDecimal("1.5"), "heightShare", BigDecimal.ONE)));
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute SELFIE_QUALITY.faces[0] is not valid");

        selfie.put("faces", List.of());
        selfie.put("issues", List.of("TOO_DARK"));
        selfie.put("result", "NOT_INSPECTED");
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute SELFIE_QUALITY is not valid");
    }

    @Test
    void namesADamagedHistoryEntryByItsPositionWithoutQuotingIt() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(
                ApplicationRecords.reviewedAndPurged("a")));
        var history = new ArrayList<Object>((List<?>) attributes.get("HISTORY"));
        var reviewed = new HashMap<Object, Object>((Map<?, ?>) history.get(9));
        attributes.put("HISTORY", history);

        reviewed.put("kind", "SECRET_KIND");
        history.set(9, reviewed);
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute HISTORY[9].kind has an unknown value");
        reviewed.put("kind", "REVIEWED");
        reviewed.put("codes", List.of("lower case holding a name"));
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute HISTORY[9] is not valid");
        reviewed.remove("codes");
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute HISTORY[9].codes is missing");
        reviewed.put("codes", List.of());
        reviewed.put("after", "MAYBE");
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute HISTORY[9].after has an unknown value");
        history.set(9, "NICK SAMPLE");
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute HISTORY[9] is not a map");
        attributes.put("HISTORY", Map.of("at", "x"));
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute HISTORY is not a list");
    }

    @Test
    void namesADamagedReviewOrPurgeWithoutQuotingTheNote() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(
                ApplicationRecords.reviewedAndPurged("a")));
        var review = new HashMap<Object, Object>((Map<?, ?>) attributes.get("REVIEW"));
        attributes.put("REVIEW", review);

        review.put("note", 42);
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute REVIEW.note is not a string");
        review.put("note", ApplicationRecords.REVIEW_NOTE);
        review.put("outcome", "NEEDS_REVIEW");
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute REVIEW is not valid")
                .hasMessageNotContaining(ApplicationRecords.REVIEW_NOTE);
        review.put("outcome", "APPROVED");
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute REVIEW disagrees with attribute DECISION");
        review.put("outcome", "REJECTED");
        attributes.put("PURGE", Map.of("at", "2024-05-01T12:15:40Z", "requestedBy", " ", "reason", "X"));
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute PURGE is not valid");
        attributes.put("PURGE", Map.of("at", "2024-05-01T12:15:40Z", "reason", "X"));
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute PURGE.requestedBy is missing");
    }

    @Test
    void refusesFieldResultsThatAreNotInCsvOrder() {
        var reversed = new ArrayList<>(ApplicationRecords.fieldResults(MatchReason.EXACT));
        Collections.reverse(reversed);
        ApplicationRecord record = ApplicationRecords.sampleApplicant("a")
                .withDetailsCheck(new DetailsCheck(true, reversed, false), ApplicationRecords.RECEIVED);

        assertThatThrownBy(() -> ApplicationRecordCodec.toAttributes(record))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSV order");
    }

    @Test
    void readsFieldResultsBackInCsvOrderWhateverTheMapOrder() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(
                ApplicationRecords.sampleApplicantApproved("a")));
        attributes.put("FIELD_RESULTS", new TreeMap<>((Map<?, ?>) attributes.get("FIELD_RESULTS")));

        ApplicationRecord read = ApplicationRecordCodec.fromAttributes(attributes);

        assertThat(read.detailsCheck().orElseThrow().fields()).extracting(FieldMatch::field)
                .containsExactlyElementsOf(IdField.APPLICANT_FIELDS);
    }

    @Test
    void readsAnyExactNumberAndTakesNullForAbsent() {
        ApplicationRecord record = ApplicationRecords.sampleApplicantApproved("a");
        var attributes = new LinkedHashMap<String, Object>(ApplicationRecordCodec.toAttributes(record));
        attributes.put("REVISION", (int) record.revision());
        attributes.put("ATTEMPTS", BigInteger.valueOf(record.attempts()));
        attributes.put("FACES_ON_DOCUMENT", 2L);
        attributes.put("FACE_SIMILARITY", 99.5);
        attributes.put("REFUSAL_REASON", null);

        assertThat(ApplicationRecordCodec.fromAttributes(attributes)).isEqualTo(record);
    }

    @Test
    void ignoresAttributesItDoesNotKnow() {
        ApplicationRecord record = ApplicationRecords.sampleApplicantApproved("a");
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(record));
        attributes.put("ADDED_BY_A_LATER_VERSION", List.of(new Object()));

        assertThat(ApplicationRecordCodec.fromAttributes(attributes)).isEqualTo(record);
    }

    @Test
    void namesAMissingAttribute() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(ApplicationRecords.sampleApplicant("a")));
        attributes.remove("SOURCE_VERSION");

        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute SOURCE_VERSION is missing");
    }

    @Test
    void namesAMissingPartOfAGroup() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(
                ApplicationRecords.sampleApplicantApproved("a")));
        attributes.remove("DATE_OF_BIRTH");
        attributes.remove("SELFIE_KEY");

        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute DATE_OF_BIRTH is missing");
    }

    @Test
    void namesAMistypedAttributeWithoutQuotingIt() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(ApplicationRecords.sampleApplicant("a")));
        attributes.put("LAST_NAME", new BigDecimal("42"));

        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute LAST_NAME is not a string");
        attributes.put("REVISION", "one");
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute REVISION is not a number");
        attributes.put("REVISION", new BigDecimal("1.5"));
        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute REVISION is not an integer");
    }

    @Test
    void namesAnUnknownCodeWithoutQuotingIt() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(
                ApplicationRecords.sampleApplicantApproved("a")));
        var results = new HashMap<Object, Object>((Map<?, ?>) attributes.get("FIELD_RESULTS"));
        results.put("LAST_NAME", "SAMPLE");
        attributes.put("FIELD_RESULTS", results);

        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute FIELD_RESULTS.LAST_NAME has an unknown value");
    }

    @Test
    void namesANestedAttributeByItsPath() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(
                ApplicationRecords.sampleApplicantApproved("a")));
        attributes.put("EFFECTS", Map.of("QUEUE_LICENSE_CHECK", Map.of("status", "DONE", "at", "yesterday")));

        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .hasMessage("attribute EFFECTS.QUEUE_LICENSE_CHECK.at is not an ISO-8601 instant");
    }

    @Test
    void namesTheAttributeTheDomainRefusesWithoutQuotingIt() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(ApplicationRecords.sampleApplicant("a")));
        attributes.put("APP_UUID", "../etc/passwd");

        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute APP_UUID is not valid");
    }

    @Test
    void refusesAttributesThatMakeNoValidRecord() {
        var attributes = new HashMap<>(ApplicationRecordCodec.toAttributes(ApplicationRecords.sampleApplicant("a")));
        attributes.put("REFUSAL_REASON", "CSV_RAGGED");

        assertThatThrownBy(() -> ApplicationRecordCodec.fromAttributes(attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute REFUSAL_REASON stands beside the applicant's details");
    }
}
