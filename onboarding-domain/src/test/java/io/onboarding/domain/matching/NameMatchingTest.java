package io.onboarding.domain.matching;

import static io.onboarding.domain.matching.SampleLicence.reasonFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.IdField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchingTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "NICK,     NICK,     EXACT",
            "Nick,     NICK,     EQUAL_AFTER_NORMALISATION",
            "nick,     NICK,     EQUAL_AFTER_NORMALISATION",
            "José,     JOSE,     EQUAL_AFTER_NORMALISATION",
            "JOSÉ,     José,     EQUAL_AFTER_NORMALISATION",
            "Zoë,      ZOE,      EQUAL_AFTER_NORMALISATION",
            "Müller,   MULLER,   EQUAL_AFTER_NORMALISATION",
            "Françoise, FRANCOISE, EQUAL_AFTER_NORMALISATION",
            "Ñúñez,    NUNEZ,    EQUAL_AFTER_NORMALISATION",
            "Søren,    SOREN,    EQUAL_AFTER_NORMALISATION",
            "Łukasz,   LUKASZ,   EQUAL_AFTER_NORMALISATION",
            "Straße,   STRASSE,  EQUAL_AFTER_NORMALISATION",
            "Ｎｉｃｋ,     NICK,     EQUAL_AFTER_NORMALISATION"})
    void matchesNamesIgnoringDiacriticsAndCase(String declared, String onDocument, MatchReason expected) {
        assertThat(reasonFor(IdField.FIRST_NAME, declared, onDocument)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "O'NEIL       | ONEIL",
            "O'NEIL       | O NEIL",
            "ONEIL        | O NEIL",
            "O’Neil       | O'NEIL",
            "O`NEIL       | ONEIL",
            "MARY-ANN     | MARY ANN",
            "Mary–Ann     | MARYANN",
            "ST. JOHN     | ST JOHN",
            "SMITH, JR.   | SMITH JR",
            "VAN  DER   BERG | VAN DER BERG",
            "VAN\u00A0DER BERG | VAN DER BERG",
            "JEAN\u202FLUC    | JEAN LUC",
            "JEAN\tLUC    | JEAN LUC"})
    void treatsPunctuationAndSpacesBetweenNamePartsAlike(String declared, String onDocument) {
        assertThat(reasonFor(IdField.LAST_NAME, declared, onDocument))
                .isEqualTo(MatchReason.EQUAL_AFTER_NORMALISATION);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
            "JOHN,     SAMPLE",
            "NICK,     NICHOLAS",
            "NICK,     NIC",
            "SMITH,    SMYTH",
            "SAMPLE,   SAMPEL",
            "ANNMARIE, MARYANN",
            "JOHN2,    JOHN"})
    void neverMatchesNicknamesOrNearSpellings(String declared, String onDocument) {
        assertThat(reasonFor(IdField.FIRST_NAME, declared, onDocument)).isEqualTo(MatchReason.DIFFERENT);
    }

    @ParameterizedTest(name = "declared {0} vs document {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            ".     | NICK | DECLARED_INVALID",
            "'-'   | NICK | DECLARED_INVALID",
            "NICK  | .    | UNPARSEABLE_ON_DOCUMENT",
            ".     | .    | UNPARSEABLE_ON_DOCUMENT",
            "-     | -    | UNPARSEABLE_ON_DOCUMENT"})
    void neverMatchesNamesWithoutLettersEvenWhenIdentical(String declared, String onDocument, MatchReason expected) {
        assertThat(reasonFor(IdField.FIRST_NAME, declared, onDocument)).isEqualTo(expected);
    }
}
