package io.onboarding.domain.usecase;

import io.onboarding.domain.model.LicenseValidation;
import java.util.Objects;

/**
 * The mock third-party licence validator of the original system: it answers with the request's
 * {@code validation_override}. It exists so the whole flow can run end to end without a real provider.
 */
public final class ValidateLicense {

    /** A validation request as the validator receives it. Holds a document number: prints none of it. */
    public record Request(String driverLicenseId, boolean validationOverride) {
        public Request {
            Objects.requireNonNull(driverLicenseId, "driverLicenseId");
            if (driverLicenseId.isBlank()) {
                throw new IllegalArgumentException("driver_license_id is blank");
            }
        }

        @Override
        public String toString() {
            return "Request[driverLicenseId=***, validationOverride=" + validationOverride + "]";
        }
    }

    public LicenseValidation validate(Request request) {
        Objects.requireNonNull(request, "request");
        return LicenseValidation.of(request.validationOverride());
    }
}
