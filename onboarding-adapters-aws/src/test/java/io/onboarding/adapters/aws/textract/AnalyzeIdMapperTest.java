package io.onboarding.adapters.aws.textract;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.UnsupportedDocument;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.textract.model.AnalyzeIDDetections;
import software.amazon.awssdk.services.textract.model.AnalyzeIdResponse;
import software.amazon.awssdk.services.textract.model.IdentityDocument;
import software.amazon.awssdk.services.textract.model.IdentityDocumentField;
import software.amazon.awssdk.services.textract.model.NormalizedValue;
import software.amazon.awssdk.services.textract.model.ValueType;

class AnalyzeIdMapperTest {

    @Test
    void mapsTextAndConfidenceOfKnownFields() {
        AnalyzeIdResponse response = response(document(
                field("FIRST_NAME", "NICK", 98.5f),
                field("DOCUMENT_NUMBER", "S123456579010", 95.25f)));

        IdExtraction extraction = AnalyzeIdMapper.toExtraction(response);

        assertThat(extraction).isEqualTo(ExtractedIdDocument.of(Map.of(
                IdField.FIRST_NAME, ExtractedField.of("NICK", 98.5),
                IdField.DOCUMENT_NUMBER, ExtractedField.of("S123456579010", 95.25))));
    }

    @Test
    void mapsTheMiddleNameAndSuffixWithTheirConfidences() {
        AnalyzeIdResponse response = response(document(
                field("FIRST_NAME", "NICK", 98.75f),
                field("MIDDLE_NAME", "ALLEN", 97.5f),
                field("LAST_NAME", "SAMPLE", 98.5f),
                field("SUFFIX", "JR", 96.25f)));

        ExtractedIdDocument document = (ExtractedIdDocument) AnalyzeIdMapper.toExtraction(response);

        assertThat(document.fields()).containsOnly(
                Map.entry(IdField.FIRST_NAME, ExtractedField.of("NICK", 98.75)),
                Map.entry(IdField.MIDDLE_NAME, ExtractedField.of("ALLEN", 97.5)),
                Map.entry(IdField.LAST_NAME, ExtractedField.of("SAMPLE", 98.5)),
                Map.entry(IdField.SUFFIX, ExtractedField.of("JR", 96.25)));
    }

    @Test
    void keepsTheNormalizedDateOfDateFields() {
        AnalyzeIdResponse response = response(document(
                dateField("DATE_OF_BIRTH", "01/12/1957", "1957-01-12T00:00:00")));

        ExtractedIdDocument document = (ExtractedIdDocument) AnalyzeIdMapper.toExtraction(response);

        ExtractedField dateOfBirth = document.field(IdField.DATE_OF_BIRTH).orElseThrow();
        assertThat(dateOfBirth.text()).isEqualTo("01/12/1957");
        assertThat(dateOfBirth.normalizedDate()).contains(LocalDate.of(1957, 1, 12));
    }

    @Test
    void acceptsAPlainIsoDateAsNormalizedValue() {
        NormalizedValue normalized = NormalizedValue.builder().value("2027-01-12").valueType(ValueType.DATE).build();

        Optional<LocalDate> date = AnalyzeIdMapper.normalizedDate(normalized);

        assertThat(date).contains(LocalDate.of(2027, 1, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date", "date", "STRING"})
    void dropsTheNormalizedValueWhenItsTypeIsNotTheWireValueDate(String valueType) {
        NormalizedValue normalized = NormalizedValue.builder().value("1957-01-12T00:00:00").valueType(valueType).build();

        Optional<LocalDate> date = AnalyzeIdMapper.normalizedDate(normalized);

        assertThat(date).isEmpty();
    }

    @Test
    void keepsTheTextWhenTheNormalizedDateCannotBeParsed() {
        AnalyzeIdResponse response = response(document(dateField("EXPIRATION_DATE", "01/12/2027", "12 Jan 2027")));

        ExtractedIdDocument document = (ExtractedIdDocument) AnalyzeIdMapper.toExtraction(response);

        ExtractedField expiry = document.field(IdField.EXPIRATION_DATE).orElseThrow();
        assertThat(expiry.text()).isEqualTo("01/12/2027");
        assertThat(expiry.normalizedDate()).isEmpty();
    }

    @Test
    void leavesOutFieldsTheDocumentDoesNotCarry() {
        AnalyzeIdResponse response = response(document(
                field("LAST_NAME", "SAMPLE", 99f),
                field("MIDDLE_NAME", "", 99.1f),
                field("SUFFIX", "  ", 99.3f)));

        ExtractedIdDocument document = (ExtractedIdDocument) AnalyzeIdMapper.toExtraction(response);

        assertThat(document.fields()).containsOnlyKeys(IdField.LAST_NAME);
    }

    @Test
    void ignoresFieldTypesItDoesNotKnow() {
        AnalyzeIdResponse response = response(document(
                field("LAST_NAME", "SAMPLE", 99f),
                field("ORGAN_DONOR", "YES", 99f)));

        ExtractedIdDocument document = (ExtractedIdDocument) AnalyzeIdMapper.toExtraction(response);

        assertThat(document.fields()).containsOnlyKeys(IdField.LAST_NAME);
    }

    @Test
    void readsOnlyTheFirstOfSeveralDocuments() {
        AnalyzeIdResponse response = AnalyzeIdResponse.builder().identityDocuments(
                document(field("LAST_NAME", "SAMPLE", 99f)),
                document(field("LAST_NAME", "OTHER", 99f))).build();

        ExtractedIdDocument document = (ExtractedIdDocument) AnalyzeIdMapper.toExtraction(response);

        assertThat(document.field(IdField.LAST_NAME).map(ExtractedField::text)).contains("SAMPLE");
    }

    @Test
    void reportsAnUnsupportedDocumentWhenNoIdentityDocumentWasFound() {
        AnalyzeIdResponse response = AnalyzeIdResponse.builder().build();

        IdExtraction extraction = AnalyzeIdMapper.toExtraction(response);

        assertThat(extraction).isEqualTo(new UnsupportedDocument("NoIdentityDocument"));
    }

    @Test
    void treatsAMissingConfidenceAsZero() {
        AnalyzeIdResponse response = response(document(IdentityDocumentField.builder()
                .type(AnalyzeIDDetections.builder().text("CLASS").build())
                .valueDetection(AnalyzeIDDetections.builder().text("E").build())
                .build()));

        ExtractedIdDocument document = (ExtractedIdDocument) AnalyzeIdMapper.toExtraction(response);

        assertThat(document.field(IdField.CLASS)).contains(ExtractedField.of("E", 0));
    }

    private static AnalyzeIdResponse response(IdentityDocument document) {
        return AnalyzeIdResponse.builder().identityDocuments(document).build();
    }

    private static IdentityDocument document(IdentityDocumentField... fields) {
        return IdentityDocument.builder().documentIndex(1).identityDocumentFields(fields).build();
    }

    private static IdentityDocumentField field(String type, String text, float confidence) {
        return IdentityDocumentField.builder()
                .type(AnalyzeIDDetections.builder().text(type).build())
                .valueDetection(AnalyzeIDDetections.builder().text(text).confidence(confidence).build())
                .build();
    }

    private static IdentityDocumentField dateField(String type, String text, String normalized) {
        return IdentityDocumentField.builder()
                .type(AnalyzeIDDetections.builder().text(type).build())
                .valueDetection(AnalyzeIDDetections.builder().text(text).confidence(98f)
                        .normalizedValue(NormalizedValue.builder().value(normalized).valueType(ValueType.DATE).build())
                        .build())
                .build();
    }
}
