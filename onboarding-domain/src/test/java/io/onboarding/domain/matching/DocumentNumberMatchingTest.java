package io.onboarding.domain.matching;

import static io.onboarding.domain.matching.SampleLicence.reasonFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.IdField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberMatchingTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "S123456579010      | S123456579010     | EXACT",
            "S123-456-57-901-0  | S123456579010     | EQUAL_AFTER_NORMALISATION",
            "s123456579010      | S123456579010     | EQUAL_AFTER_NORMALISATION",
            "S123 456 57 901 0  | S123-456-57-901-0 | EQUAL_AFTER_NORMALISATION",
            "S123.456.57.901.0  | S123456579010     | EQUAL_AFTER_NORMALISATION",
            "S123/456/57/901/0  | S123456579010     | EQUAL_AFTER_NORMALISATION",
            "S123–456–57–901–0  | S123456579010     | EQUAL_AFTER_NORMALISATION",
            "S123\u00A0456579010 | S123456579010    | EQUAL_AFTER_NORMALISATION",
            "S123456579011      | S123456579010     | DIFFERENT",
            "S12345657901       | S123456579010     | DIFFERENT",
            "123456579010       | S123456579010     | DIFFERENT"})
    void matchesDocumentNumbersIgnoringSeparatorsAndCase(String declared, String onDocument, MatchReason expected) {
        assertThat(reasonFor(IdField.DOCUMENT_NUMBER, declared, onDocument)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
            "S12345657901O,  S123456579010",
            "SI23456579010,  S123456579010",
            "5123456579010,  S123456579010",
            "A0B1,           AOBI"})
    void neverTreatsLookAlikeLettersAndDigitsAsEqual(String declared, String onDocument) {
        assertThat(reasonFor(IdField.DOCUMENT_NUMBER, declared, onDocument)).isEqualTo(MatchReason.DIFFERENT);
    }

    @ParameterizedTest(name = "declared {0} vs document {1} -> {2}")
    @CsvSource({
            "---,            S123456579010,  DECLARED_INVALID",
            "S123456579010,  '-/.',          UNPARSEABLE_ON_DOCUMENT"})
    void refusesDocumentNumbersMadeOfSeparatorsOnly(String declared, String onDocument, MatchReason expected) {
        assertThat(reasonFor(IdField.DOCUMENT_NUMBER, declared, onDocument)).isEqualTo(expected);
    }
}
