package io.onboarding.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1/12/1957,   1957-01-12",
            "01/12/1957,  1957-01-12",
            "1/2/1957,    1957-01-02",
            "12/31/1999,  1999-12-31",
            "01-12-1957,  1957-01-12",
            "01.12.1957,  1957-01-12",
            "01121957,    1957-01-12",
            "12311999,    1999-12-31",
            "1957-01-12,  1957-01-12",
            "1957/01/12,  1957-01-12",
            "2000-02-29,  2000-02-29",
            "02/29/2000,  2000-02-29",
            "' 01/12/1957 ', 1957-01-12",
            "０１/１２/１９５７, 1957-01-12"})
    void readsUsMonthFirstAndIsoDates(String text, LocalDate expected) {
        assertThat(DateParser.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "13/01/1957",      // slash dates are month first: there is no 13th month
            "31/12/1999",
            "25.12.1957",
            "31121999",        // eight digits are MMDDYYYY as on AAMVA cards
            "19570112",        // ... so an ISO basic date is not read as one
            "1/12/57",         // two-digit years are ambiguous across centuries
            "01-12-57",
            "570112",
            "02/30/1957",      // impossible calendar dates
            "04/31/2020",
            "02/29/1900",
            "1957-02-29",
            "00/12/1957",
            "01/00/1957",
            "1957-13-01",
            "01/12/1957 12:00",
            "1957-01-12T00:00:00",
            "Jan 12 1957",
            "12 JAN 1957",
            "01/12-1957",
            "001/12/1957",
            "01/12/19570",
            "",
            "unknown"})
    void refusesAnythingElseInsteadOfGuessing(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }
}
