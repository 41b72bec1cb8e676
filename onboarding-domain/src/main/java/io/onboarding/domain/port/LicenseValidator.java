package io.onboarding.domain.port;

import io.onboarding.domain.model.LicenseValidation;

/**
 * The third-party service that says whether a driver's licence number is valid. {@code validationOverride} is the
 * test switch of the original system's mock validator; a real validator ignores it. An answer that is neither
 * valid nor invalid is a {@link DependencyException}, never a guess.
 */
public interface LicenseValidator {
    LicenseValidation validate(String driverLicenseId, boolean validationOverride);
}
