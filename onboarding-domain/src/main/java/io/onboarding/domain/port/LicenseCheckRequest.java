package io.onboarding.domain.port;

import io.onboarding.domain.model.ApplicationId;
import java.util.Objects;

/**
 * One queued licence check: the licence number, the validator's test override ({@code validation_override}) and
 * the application it belongs to. Holds a document number: prints none of it.
 */
public record LicenseCheckRequest(String driverLicenseId, boolean validationOverride, ApplicationId applicationId) {
    public LicenseCheckRequest {
        Objects.requireNonNull(driverLicenseId, "driverLicenseId");
        Objects.requireNonNull(applicationId, "applicationId");
        if (driverLicenseId.isBlank()) {
            throw new IllegalArgumentException("driver licence id is blank");
        }
    }

    @Override
    public String toString() {
        return "LicenseCheckRequest[app=" + applicationId + ", driverLicenseId=***, validationOverride="
                + validationOverride + "]";
    }
}
