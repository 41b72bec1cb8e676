package io.onboarding.domain.port;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.DocumentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaceComparatorArgumentsTest {
    private static final DocumentRef SELFIE = new DocumentRef("unzipped/a_selfie.png");
    private static final DocumentRef LICENCE = new DocumentRef("unzipped/a_license.png");

    @ParameterizedTest
    @ValueSource(doubles = {0, 80, 100})
    void acceptsAMinimumWithinZeroToHundred(double minimum) {
        assertThatCode(() -> FaceComparator.checkArguments(SELFIE, LICENCE, minimum)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 100.1, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesAMinimumOutsideZeroToHundredOrNotANumber(double minimum) {
        assertThatThrownBy(() -> FaceComparator.checkArguments(SELFIE, LICENCE, minimum))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0-100");
    }

    @Test
    void namesTheMissingDocument() {
        assertThatThrownBy(() -> FaceComparator.checkArguments(SELFIE, null, 80))
                .isInstanceOf(NullPointerException.class).hasMessage("idDocument");
        assertThatThrownBy(() -> FaceComparator.checkArguments(null, LICENCE, 80))
                .isInstanceOf(NullPointerException.class).hasMessage("selfie");
    }
}
