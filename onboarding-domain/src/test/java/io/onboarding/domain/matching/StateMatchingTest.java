package io.onboarding.domain.matching;

import static io.onboarding.domain.matching.SampleLicence.reasonFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.IdField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StateMatchingTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "FL,                     FL,  EXACT",
            "Florida,                FL,  EQUAL_AFTER_NORMALISATION",
            "FLORIDA,                FL,  EQUAL_AFTER_NORMALISATION",
            "fl.,                    FL,  EQUAL_AFTER_NORMALISATION",
            "F.L.,                   FL,  EQUAL_AFTER_NORMALISATION",
            "New York,               NY,  EQUAL_AFTER_NORMALISATION",
            "NEWYORK,                NY,  EQUAL_AFTER_NORMALISATION",
            "'  new   york ',        NY,  EQUAL_AFTER_NORMALISATION",
            "District of Columbia,   DC,  EQUAL_AFTER_NORMALISATION",
            "'Washington, D.C.',     DC,  EQUAL_AFTER_NORMALISATION",
            "Puerto Rico,            PR,  EQUAL_AFTER_NORMALISATION",
            "U.S. Virgin Islands,    VI,  EQUAL_AFTER_NORMALISATION",
            "Armed Forces Europe,    AE,  EQUAL_AFTER_NORMALISATION",
            "FL,                     Florida, EQUAL_AFTER_NORMALISATION",
            "GA,                     FL,  DIFFERENT",
            "Georgia,                FL,  DIFFERENT",
            "Washington,             DC,  DIFFERENT",
            "Virginia,               WV,  DIFFERENT"})
    void matchesStatesByUspsCodeOrFullName(String declared, String onDocument, MatchReason expected) {
        assertThat(reasonFor(IdField.STATE_IN_ADDRESS, declared, onDocument)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
            "Ontario,   ONTARIO,   EQUAL_AFTER_NORMALISATION",
            "Ontario,   FL,        DIFFERENT",
            "XX,        XX,        EXACT",
            "X.X.,      XX,        EQUAL_AFTER_NORMALISATION",
            "Fla,       FL,        DIFFERENT"})
    void comparesUnknownStatesAsNormalisedText(String declared, String onDocument, MatchReason expected) {
        assertThat(reasonFor(IdField.STATE_IN_ADDRESS, declared, onDocument)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP"})
    void knowsEveryUspsStateTerritoryAndMilitaryCode(String code) {
        assertThat(UsStates.code(code.toLowerCase(java.util.Locale.ROOT))).contains(code);
    }
}
