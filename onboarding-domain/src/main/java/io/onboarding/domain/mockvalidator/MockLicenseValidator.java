package io.onboarding.domain.mockvalidator;

import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.port.LicenseValidator;
import java.util.Objects;

/**
 * The original lab's mock third-party licence validator: it answers with the request's {@code validation_override}
 * and looks at nothing else. It stands in for the provider behind the {@link LicenseValidator} port so the whole
 * flow runs end to end without one; it is not a use case of ours and decides nothing.
 */
public final class MockLicenseValidator implements LicenseValidator {

    /** The override as the answer; a missing or blank licence number is a bad request, never an answer. */
    @Override
    public LicenseValidation validate(String driverLicenseId, boolean validationOverride) {
        Objects.requireNonNull(driverLicenseId, "driverLicenseId");
        if (driverLicenseId.isBlank()) {
            throw new IllegalArgumentException("driver_license_id is blank");
        }
        return LicenseValidation.of(validationOverride);
    }
}
