package io.onboarding.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZipCodeTest {

    @ParameterizedTest(name = "{0} -> {1}+{2}")
    @CsvSource({
            "00000,        00000, ''",
            "000001234,    00000, 1234",
            "00000-1234,   00000, 1234",
            "'00000 1234', 00000, 1234",
            "' 32301 ',    32301, ''"})
    void readsZip5AndZipPlus4(String text, String zip5, String plus4) {
        assertThat(ZipCode.parse(text)).contains(new ZipCode(zip5, plus4));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"1234", "123456", "12345678", "1234567890", "00000-12", "0000-01234", "ABCDE", "''"})
    void refusesTextThatIsNotAZipCode(String text) {
        assertThat(ZipCode.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}+{1}")
    @CsvSource({"1234, ''", "00000, 123", "0000A, ''"})
    void refusesToBuildAnInvalidZipCode(String zip5, String plus4) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ZipCode(zip5, plus4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"00000", "000001234"})
    void printsNoDigits(String text) {
        assertThat(ZipCode.parse(text).orElseThrow().toString()).doesNotContainPattern("\\d");
    }
}
