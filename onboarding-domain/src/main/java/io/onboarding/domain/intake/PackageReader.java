package io.onboarding.domain.intake;

import io.onboarding.domain.model.ApplicationId;
import java.io.InputStream;

/** PLACEHOLDER: replaced by the real safe reader. */
public final class PackageReader {
    private final PackageLimits limits;

    public PackageReader(PackageLimits limits) {
        this.limits = limits;
    }

    public ApplicationPackage read(ApplicationId id, InputStream zip) {
        throw new UnsupportedOperationException("not yet " + limits + id + zip);
    }
}
