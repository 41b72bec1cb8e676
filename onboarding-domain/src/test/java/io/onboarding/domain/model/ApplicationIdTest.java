package io.onboarding.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"8d247914", "A-b_9", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsLettersDigitsUnderscoreAndDash(String value) {
        assertThat(ApplicationId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../etc", "a/b", "a b", "a.b", "é", "a\u0000",
        "01234567890123456789012345678901234567890123456789012345678901234"})
    void refusesAnythingThatCouldEscapeAKey(String value) {
        assertThatThrownBy(() -> ApplicationId.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(value.isEmpty() ? "\u0001" : value);
        assertThat(ApplicationId.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zipped/8d247914.zip", "8d247914.zip", "a/b/c/8d247914.zip"})
    void takesTheIdFromThePackageFileName(String key) {
        assertThat(new PackageRef(key, "v1").applicationId()).contains(ApplicationId.of("8d247914"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zipped/8d247914.tar", "zipped/.zip", "zipped/a b.zip", "zipped/"})
    void findsNoIdInOtherKeys(String key) {
        assertThat(new PackageRef(key, "v1").applicationId()).isEmpty();
    }
}
