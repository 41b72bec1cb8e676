package io.onboarding.domain.matching;

import static io.onboarding.domain.matching.SampleLicence.reasonFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.IdField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CityMatchingTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "TALLAHASSEE,        TALLAHASSEE,       EXACT",
            "Tallahassee,        TALLAHASSEE,       EQUAL_AFTER_NORMALISATION",
            "St. Petersburg,     SAINT PETERSBURG,  EQUAL_AFTER_NORMALISATION",
            "ST PETERSBURG,      St. Petersburg,    EQUAL_AFTER_NORMALISATION",
            "St.Petersburg,      SAINT PETERSBURG,  EQUAL_AFTER_NORMALISATION",
            "Ft Lauderdale,      Fort Lauderdale,   EQUAL_AFTER_NORMALISATION",
            "FT. LAUDERDALE,     FORT LAUDERDALE,   EQUAL_AFTER_NORMALISATION",
            "Mt Dora,            MOUNT DORA,        EQUAL_AFTER_NORMALISATION",
            "East St. Louis,     EAST SAINT LOUIS,  EQUAL_AFTER_NORMALISATION",
            "Ste. Genevieve,     SAINTE GENEVIEVE,  EQUAL_AFTER_NORMALISATION",
            "Coeur d'Alene,      COEUR D ALENE,     EQUAL_AFTER_NORMALISATION",
            "Española,           ESPANOLA,          EQUAL_AFTER_NORMALISATION",
            "Winston-Salem,      WINSTON SALEM,     EQUAL_AFTER_NORMALISATION"})
    void matchesCitiesWithStandardAbbreviationsSpelledOut(String declared, String onDocument, MatchReason expected) {
        assertThat(reasonFor(IdField.CITY_IN_ADDRESS, declared, onDocument)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
            "TALLAHASSE,         TALLAHASSEE",
            "Stuart,             SAINT UART",
            "Fort Myers,         MOUNT MYERS",
            "Miami,              Miami Beach",
            "Saint Petersburg,   PETERSBURG"})
    void neverMatchesDifferentCitiesOrNearSpellings(String declared, String onDocument) {
        assertThat(reasonFor(IdField.CITY_IN_ADDRESS, declared, onDocument)).isEqualTo(MatchReason.DIFFERENT);
    }
}
