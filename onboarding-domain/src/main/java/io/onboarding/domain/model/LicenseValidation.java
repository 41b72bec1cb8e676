package io.onboarding.domain.model;

/** The third-party validator's answer about a driver's licence. {@code VALID} is LICENSE_VALIDATION = true. */
public enum LicenseValidation {
    VALID,
    INVALID;

    public static LicenseValidation of(boolean valid) {
        return valid ? VALID : INVALID;
    }

    public boolean isValid() {
        return this == VALID;
    }
}
