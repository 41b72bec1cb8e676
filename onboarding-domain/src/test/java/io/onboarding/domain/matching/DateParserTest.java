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
            "01/12-1957",
            "001/12/1957",
            "01/12/19570",
            "",
            "unknown"})
    void refusesAnythingElseInsteadOfGuessing(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "JAN 12 1957          | 1957-01-12",
            "Jan 12 1957          | 1957-01-12",
            "JAN 12, 1957         | 1957-01-12",
            "JAN. 12, 1957        | 1957-01-12",
            "January 12, 1957     | 1957-01-12",
            "JANUARY 12 1957      | 1957-01-12",
            "JAN-12-1957          | 1957-01-12",
            "12 JAN 1957          | 1957-01-12",
            "12 Jan. 1957         | 1957-01-12",
            "12 January 1957      | 1957-01-12",
            "12-JAN-1957          | 1957-01-12",
            "12JAN1957            | 1957-01-12",
            "1 FEB 2000           | 2000-02-01",
            "Sept 3, 1999         | 1999-09-03",
            "SEP 3 1999           | 1999-09-03",
            "May 31 1960          | 1960-05-31",
            "DEC 31 1999          | 1999-12-31",
            "FEB 29 2000          | 2000-02-29",
            "' jan  12,\u00A01957 ' | 1957-01-12"})
    void readsDatesWithTheMonthWrittenAsAWordOnEitherSideOfTheDay(String text, LocalDate expected) {
        assertThat(DateParser.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FEB 30 1957",         // impossible calendar dates stay impossible with a month name
            "30 FEB 1957",
            "FEB 29 1900",
            "APR 31 2020",
            "JAN 0 1957",
            "JAN 32 1957",
            "JAN 12 57",           // two-digit years are still ambiguous across centuries
            "12 JAN 57",
            "12JAN57",
            "JAN 1957",            // no day
            "JAN 12",              // no year
            "JANUARI 12 1957",     // not an English month name or abbreviation
            "JA 12 1957",
            "JANU 12 1957",
            "12 13 1957",
            "JAN 12 1957 FEB",
            "JAN 12TH 1957",
            "JAN 121957",
            "JAN.12,1957",
            "1957 JAN 12",
            "JAN/12/1957",
            "12 JAN 1957 12:00"})
    void refusesMonthNameDatesThatAreImpossibleIncompleteOrGarbled(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }
}
