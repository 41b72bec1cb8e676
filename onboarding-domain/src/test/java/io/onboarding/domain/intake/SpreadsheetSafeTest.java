package io.onboarding.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "=1+1", "+1", "-2", "@SUM(A1:A2)",
            "\tTAB", "\rCR", "=", "-"})
    void prefixesValuesThatWouldStartAFormula(String value) {
        String neutralised = SpreadsheetSafe.neutralise(value);

        assertThat(neutralised).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(strings = {"NICK", "1-2", "a=b", "'=1", "123 MAIN STREET", "01/12/1957", "000001234", " =1"})
    void leavesOtherValuesUnchanged(String value) {
        String neutralised = SpreadsheetSafe.neutralise(value);

        assertThat(neutralised).isEqualTo(value);
    }
}
