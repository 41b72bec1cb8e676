package io.onboarding.domain.matching;

import static io.onboarding.domain.matching.SampleLicence.reasonFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.IdField;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateOfBirthMatchingTest {
    private static final LocalDate SAMPLE_DOB = LocalDate.of(1957, 1, 12);

    @ParameterizedTest(name = "declared {0} -> {1}")
    @CsvSource({
            "01/12/1957,  EXACT",
            "1/12/1957,   EQUAL_AFTER_NORMALISATION",
            "01-12-1957,  EQUAL_AFTER_NORMALISATION",
            "01.12.1957,  EQUAL_AFTER_NORMALISATION",
            "01121957,    EQUAL_AFTER_NORMALISATION",
            "1957-01-12,  EQUAL_AFTER_NORMALISATION",
            "1957/01/12,  EQUAL_AFTER_NORMALISATION",
            "12/01/1957,  DIFFERENT",
            "01/13/1957,  DIFFERENT",
            "01/12/1958,  DIFFERENT"})
    void matchesDeclaredDateAgainstReadersNormalisedDate(String declared, MatchReason expected) {
        var onDocument = ExtractedField.ofDate("01/12/1957", 97.8, SAMPLE_DOB);

        assertThat(reasonFor(IdField.DATE_OF_BIRTH, declared, onDocument)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "declared {0} vs printed {1} -> {2}")
    @CsvSource({
            "01/12/1957,  01/12/1957,  EXACT",
            "1/12/1957,   01/12/1957,  EQUAL_AFTER_NORMALISATION",
            "01/12/1957,  01121957,    EQUAL_AFTER_NORMALISATION",
            "1957-01-12,  01.12.1957,  EQUAL_AFTER_NORMALISATION",
            "12/01/1957,  01/12/1957,  DIFFERENT",
            "01/12/1957,  1957/12/01,  DIFFERENT"})
    void readsDocumentTextWhenTheReaderGaveNoNormalisedDate(String declared, String printed, MatchReason expected) {
        assertThat(reasonFor(IdField.DATE_OF_BIRTH, declared, printed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "declared {0} vs printed {1}")
    @CsvSource({
            "13/01/1957,  01/13/1957",   // would match if the day and month were swapped: they never are
            "31/12/1999,  12/31/1999",
            "31121999,    12311999"})
    void neverSwapsDayAndMonthToFindAMatch(String declared, String printed) {
        assertThat(reasonFor(IdField.DATE_OF_BIRTH, declared, printed)).isEqualTo(MatchReason.DECLARED_INVALID);
    }

    @ParameterizedTest(name = "declared {0} vs printed {1} -> {2}")
    @CsvSource({
            "02/30/1957,  01/12/1957,  DECLARED_INVALID",
            "1/12/57,     01/12/1957,  DECLARED_INVALID",
            "sometime,    01/12/1957,  DECLARED_INVALID",
            "01/12/1957,  0I/12/1957,  UNPARSEABLE_ON_DOCUMENT",
            "01/12/1957,  02/30/1957,  UNPARSEABLE_ON_DOCUMENT",
            "02/30/1957,  02/30/1957,  UNPARSEABLE_ON_DOCUMENT",
            "1/12/57,     1/12/57,     UNPARSEABLE_ON_DOCUMENT"})
    void reportsWhichSideHoldsAnImpossibleDate(String declared, String printed, MatchReason expected) {
        assertThat(reasonFor(IdField.DATE_OF_BIRTH, declared, printed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "printed {0}, normalised {1}, declared {2} -> {3}")
    @CsvSource({
            "01/12/1957,   1957-01-12, 01/12/1957, EXACT",
            "DOB 01/12/57, 1957-01-12, 01/12/1957, EQUAL_AFTER_NORMALISATION",
            "01/12/1957,   1957-12-01, 01/12/1957, DIFFERENT"})
    void prefersTheReadersNormalisedDateOverItsText(String printed, LocalDate normalised, String declared,
                                                    MatchReason expected) {
        var onDocument = ExtractedField.ofDate(printed, 97.8, normalised);

        assertThat(reasonFor(IdField.DATE_OF_BIRTH, declared, onDocument)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "declared {0} vs printed {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "JAN 12 1957       | 01/12/1957   | EQUAL_AFTER_NORMALISATION",
            "January 12, 1957  | 01/12/1957   | EQUAL_AFTER_NORMALISATION",
            "12 JAN 1957       | 01/12/1957   | EQUAL_AFTER_NORMALISATION",
            "01/12/1957        | JAN. 12, 1957 | EQUAL_AFTER_NORMALISATION",
            "01/12/1957        | 12 JAN 1957  | EQUAL_AFTER_NORMALISATION",
            "12 JAN 1957       | 12 JAN 1957  | EXACT",
            "12 JAN 1957       | 12/01/1957   | DIFFERENT",
            "DEC 1 1957        | 01/12/1957   | DIFFERENT",
            "FEB 30 1957       | 01/12/1957   | DECLARED_INVALID",
            "JAN 12 57         | 01/12/1957   | DECLARED_INVALID",
            "01/12/1957        | FEB 30 1957  | UNPARSEABLE_ON_DOCUMENT",
            "01/12/1957        | JAN 12 57    | UNPARSEABLE_ON_DOCUMENT"})
    void readsMonthNamesOnEitherSideWithoutGuessing(String declared, String printed, MatchReason expected) {
        assertThat(reasonFor(IdField.DATE_OF_BIRTH, declared, printed)).isEqualTo(expected);
    }
}
