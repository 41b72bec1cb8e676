package io.onboarding.adapters.local.license;

import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.port.LicenseValidator;
import io.onboarding.domain.usecase.ValidateLicense;

/**
 * {@link LicenseValidator} inside the calling process: the original system's mock third party, which answers the
 * request's {@code validation_override} (the CLI's {@code --license-valid} / {@code --license-invalid}).
 */
public final class InProcessLicenseValidator implements LicenseValidator {
    private final ValidateLicense mock = new ValidateLicense();

    @Override
    public LicenseValidation validate(String driverLicenseId, boolean validationOverride) {
        return mock.validate(new ValidateLicense.Request(driverLicenseId, validationOverride));
    }
}
