package io.onboarding.domain.matching;

import static io.onboarding.domain.matching.SampleLicence.reasonFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.IdField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZipCodeMatchingTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "000001234,   000001234,   EXACT",
            "00000-1234,  000001234,   EQUAL_AFTER_NORMALISATION",
            "'00000 1234', 000001234,  EQUAL_AFTER_NORMALISATION",
            "000001234,   00000-1234,  EQUAL_AFTER_NORMALISATION",
            "00000–1234,  000001234,   EQUAL_AFTER_NORMALISATION",
            "32301,       32301,       EXACT",
            "32301,       32301-1234,  EQUAL_AFTER_NORMALISATION"})
    void matchesZipCodesWrittenWithOrWithoutTheDash(String declared, String onDocument, MatchReason expected) {
        assertThat(reasonFor(IdField.ZIP_CODE_IN_ADDRESS, declared, onDocument)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
            "00000,       00000-1234",
            "00000,       000001234",
            "000001234,   00000",
            "32301-0001,  32301"})
    void matchesAZip5AgainstTheSameZip5WithAPlus4(String declared, String onDocument) {
        assertThat(reasonFor(IdField.ZIP_CODE_IN_ADDRESS, declared, onDocument))
                .isEqualTo(MatchReason.EQUAL_AFTER_NORMALISATION);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
            "000001235,   000001234",
            "00000-9999,  00000-1234",
            "00001,       000001234",
            "32301,       32302",
            "10000-1234,  000001234"})
    void reportsDifferentZip5OrDifferentPlus4AsMismatch(String declared, String onDocument) {
        assertThat(reasonFor(IdField.ZIP_CODE_IN_ADDRESS, declared, onDocument)).isEqualTo(MatchReason.DIFFERENT);
    }

    @ParameterizedTest(name = "declared {0} vs document {1} -> {2}")
    @CsvSource({
            "1234,         000001234,   DECLARED_INVALID",
            "01234,        000001234,   DIFFERENT",
            "0000,         00000,       DECLARED_INVALID",
            "1234,         1234,        UNPARSEABLE_ON_DOCUMENT",
            "00000-123,    000001234,   DECLARED_INVALID",
            "0000012345,   000001234,   DECLARED_INVALID",
            "00000--1234,  000001234,   DECLARED_INVALID",
            "ZIP 00000,    000001234,   DECLARED_INVALID",
            "000001234,    0000O1234,   UNPARSEABLE_ON_DOCUMENT",
            "000001234,    1234,        UNPARSEABLE_ON_DOCUMENT"})
    void refusesValuesThatAreNotZip5OrZipPlus4(String declared, String onDocument, MatchReason expected) {
        assertThat(reasonFor(IdField.ZIP_CODE_IN_ADDRESS, declared, onDocument)).isEqualTo(expected);
    }
}
