package io.onboarding.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.LicenseValidation;
import org.junit.jupiter.api.Test;

class ValidateLicenseTest {
    private final ValidateLicense validateLicense = new ValidateLicense();

    @Test
    void answersWithTheValidationOverride() {
        assertThat(validateLicense.validate(new ValidateLicense.Request("S1", true))).isEqualTo(LicenseValidation.VALID);
        assertThat(validateLicense.validate(new ValidateLicense.Request("S1", false)))
                .isEqualTo(LicenseValidation.INVALID);
    }

    @Test
    void refusesABlankLicenceNumber() {
        assertThatThrownBy(() -> new ValidateLicense.Request(" ", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsTheLicenceNumber() {
        assertThat(new ValidateLicense.Request("S123456579010", true).toString()).doesNotContain("S123");
    }
}
