package io.onboarding.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.records.ApplicationRecordCodec;
import io.onboarding.records.testing.ApplicationRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The codec's attributes as DynamoDB types; the attributes themselves are the codec's (ApplicationRecordCodecTest). */
class ApplicationItemMapperTest {
    private final ApplicationItemMapper mapper = new ApplicationItemMapper(5);

    static Stream<ApplicationRecord> everyShape() {
        return ApplicationRecords.everyShape("app").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyShape")
    void readsBackExactlyTheRecordItWrote(ApplicationRecord record) {
        Map<String, AttributeValue> item = mapper.toItem(record);

        ApplicationRecord read = mapper.fromItem(item);

        assertThat(read).isEqualTo(record);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyShape")
    void holdsTheCodecsAttributesInTheirOrderThenTheExpiry(ApplicationRecord record) {
        Map<String, AttributeValue> item = mapper.toItem(record);

        var expected = new ArrayList<>(ApplicationRecordCodec.toAttributes(record).keySet());
        expected.add("EXPIRES_AT");
        assertThat(item.keySet()).containsExactlyElementsOf(expected);
    }

    @Test
    void expiresTheRetentionInCalendarYearsAfterReceiptToTheSecondBelow() {
        var oneYear = new ApplicationItemMapper(1);
        var tenYears = new ApplicationItemMapper(10);

        assertThat(oneYear.expiresAt(Instant.parse("2024-02-29T23:59:59.999Z")))
                .isEqualTo(Instant.parse("2025-02-28T23:59:59Z").getEpochSecond());
        assertThat(tenYears.expiresAt(Instant.parse("2024-05-01T10:15:30.123456789Z")))
                .isEqualTo(Instant.parse("2034-05-01T10:15:30Z").getEpochSecond());
        assertThat(mapper.toItem(ApplicationRecords.sampleApplicant("a")).get("EXPIRES_AT"))
                .isEqualTo(AttributeValue.fromN("1872324930"));
    }

    @Test
    void refusesARetentionOfLessThanAYear() {
        assertThatThrownBy(() -> new ApplicationItemMapper(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTheHistoryAsAListOfMapsAndTheReviewAndPurgeAsMaps() {
        ApplicationRecord record = ApplicationRecords.reviewedAndPurged("app-1");

        Map<String, AttributeValue> item = mapper.toItem(record);

        AttributeValue reviewed = item.get("HISTORY").l().get(9);
        assertThat(reviewed.m()).containsEntry("kind", AttributeValue.fromS("REVIEWED"))
                .containsEntry("actor", AttributeValue.fromS("officer-17"))
                .containsEntry("codes", AttributeValue.fromL(List.of(AttributeValue.fromS("DOCUMENT_TAMPERED"))))
                .containsEntry("before", AttributeValue.fromS("NEEDS_REVIEW"))
                .containsEntry("after", AttributeValue.fromS("REJECTED"));
        assertThat(item.get("REVIEW").m()).containsEntry("reviewer", AttributeValue.fromS("officer-17"))
                .containsEntry("note", AttributeValue.fromS(ApplicationRecords.REVIEW_NOTE));
        assertThat(item.get("PURGE").m()).containsEntry("requestedBy", AttributeValue.fromS("dpo@bank.example"));
        assertThat(mapper.fromItem(item)).isEqualTo(record);
    }

    @Test
    void writesTheDeclaredDetailsRawAsStringsUnderTheirCsvNames() {
        ApplicationRecord record = ApplicationRecords.fullyPopulated("app-1", new NoFaceInSelfie());

        Map<String, AttributeValue> item = mapper.toItem(record);

        assertThat(item.get("APP_UUID")).isEqualTo(AttributeValue.fromS("app-1"));
        assertThat(item.get("FIRST_NAME")).isEqualTo(AttributeValue.fromS("NICK"));
        assertThat(item.get("ZIP_CODE_IN_ADDRESS")).isEqualTo(AttributeValue.fromS(""));
        assertThat(item.get("ADDRESS")).as("stored raw, as the original did; neutralised only on export")
                .isEqualTo(AttributeValue.fromS("=HYPERLINK(\"x\")"));
    }

    @Test
    void writesFlagsAsBoolNumbersAsNListsAsLAndMapsAsM() {
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
        assertThat(item.get("FIELD_RESULTS").m()).containsEntry("LAST_NAME", AttributeValue.fromS("EXACT"));
        assertThat(item.get("EFFECTS").m().get("QUEUE_LICENSE_CHECK").m())
                .containsEntry("status", AttributeValue.fromS("DONE"))
                .containsKey("at");
    }

    @Test
    void writesNumbersWithoutExponent() {
        ApplicationRecord record = ApplicationRecords.fullyPopulated("a",
                new io.onboarding.domain.model.FacesCompared(1.0E-7, 1));

        Map<String, AttributeValue> item = mapper.toItem(record);

        assertThat(item.get("FACE_SIMILARITY")).isEqualTo(AttributeValue.fromN("0.00000010"));
        assertThat(mapper.fromItem(item)).isEqualTo(record);
    }

    @Test
    void readsANullAttributeAsAbsent() {
        ApplicationRecord record = ApplicationRecords.sampleApplicant("a");
        var item = new HashMap<>(mapper.toItem(record));
        item.put("DECISION", AttributeValue.fromNul(true));

        assertThat(mapper.fromItem(item)).isEqualTo(record);
    }

    @Test
    void namesAnAttributeOfAnotherTypeWithoutQuotingIt() {
        var item = new HashMap<>(mapper.toItem(ApplicationRecords.sampleApplicant("a")));
        item.put("LAST_NAME", AttributeValue.fromB(SdkBytes.fromUtf8String("SAMPLE")));

        assertThatThrownBy(() -> mapper.fromItem(item))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute LAST_NAME is not a string");
    }

    @Test
    void namesAMistypedAttributeWithoutQuotingIt() {
        var item = new HashMap<>(mapper.toItem(ApplicationRecords.sampleApplicant("a")));
        item.put("REVISION", AttributeValue.fromS("one"));

        assertThatThrownBy(() -> mapper.fromItem(item))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute REVISION is not a number");
    }

    @Test
    void ignoresAttributesItDoesNotKnowWhateverTheirType() {
        ApplicationRecord record = ApplicationRecords.sampleApplicantApproved("a");
        var item = new HashMap<>(mapper.toItem(record));
        item.put("ADDED_BY_A_LATER_VERSION", AttributeValue.fromSs(List.of("x", "y")));

        assertThat(mapper.fromItem(item)).isEqualTo(record);
    }
}
