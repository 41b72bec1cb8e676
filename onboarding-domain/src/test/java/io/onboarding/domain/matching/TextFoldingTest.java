package io.onboarding.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextFoldingTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "José                | JOSE",
            "O’Neil              | O'NEIL",
            "O‘NEIL              | O'NEIL",
            "OʼNEIL              | O'NEIL",
            "Mary–Ann            | MARY-ANN",
            "Mary—Ann            | MARY-ANN",
            "Mary\u2011Ann       | MARY-ANN",
            "a\u00A0b\u2007c\u202Fd\u3000e | A B C D E",
            "a\u200Bb            | AB",
            "'  a \t\n b  '      | A B",
            "ﬁne                 | FINE",
            "Ｎｉｃｋ              | NICK",
            "istanbul            | ISTANBUL",
            "Øresund Æble Œuvre  | ORESUND AEBLE OEUVRE"})
    void foldsLookAlikeCharactersToOneForm(String text, String expected) {
        assertThat(TextFolding.fold(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0", "\u2007\u202F", "\u200B", "\uFEFF "})
    void treatsEveryKindOfSpaceAsBlank(String text) {
        assertThat(TextFolding.isBlank(text)).isTrue();
    }
}
