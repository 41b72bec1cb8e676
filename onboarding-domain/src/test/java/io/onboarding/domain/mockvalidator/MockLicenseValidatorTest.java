package io.onboarding.domain.mockvalidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.LicenseValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MockLicenseValidatorTest {
    private final MockLicenseValidator validator = new MockLicenseValidator();

    @Test
    void answersWithTheValidationOverride() {
        assertThat(validator.validate("S1", true)).isEqualTo(LicenseValidation.VALID);
        assertThat(validator.validate("S1", false)).isEqualTo(LicenseValidation.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void refusesABlankLicenceNumber(String blank) {
        assertThatThrownBy(() -> validator.validate(blank, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("driver_license_id is blank");
    }

    @Test
    void refusesAMissingLicenceNumber() {
        assertThatThrownBy(() -> validator.validate(null, true)).isInstanceOf(NullPointerException.class);
    }
}
