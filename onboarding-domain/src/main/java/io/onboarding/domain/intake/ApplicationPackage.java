package io.onboarding.domain.intake;

import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import java.util.List;
import java.util.Objects;

/**
 * A package that passed intake: the parsed details and the three files to store. {@code details} is the CSV
 * re-rendered from the parsed values with spreadsheet formulas neutralised, so what we store is safe to open.
 */
public record ApplicationPackage(ApplicationId id, ApplicantDetails applicant, PackageFile details,
                                 PackageFile selfie, PackageFile license) {
    public ApplicationPackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(selfie, "selfie");
        Objects.requireNonNull(license, "license");
    }

    public List<PackageFile> files() {
        return List.of(details, selfie, license);
    }
}
