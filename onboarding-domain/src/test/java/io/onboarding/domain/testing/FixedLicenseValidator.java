package io.onboarding.domain.testing;

import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.port.LicenseValidator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers like the original mock validator (with the override) unless scripted otherwise; records calls. */
public final class FixedLicenseValidator implements LicenseValidator {
    private final Scripted<LicenseValidation> failures = new Scripted<>(() -> null);
    private final List<String> validated = new CopyOnWriteArrayList<>();

    public FixedLicenseValidator failingOnceWith(RuntimeException failure) {
        failures.thenOnce(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public LicenseValidation validate(String driverLicenseId, boolean validationOverride) {
        failures.next();
        validated.add(driverLicenseId);
        return LicenseValidation.of(validationOverride);
    }

    /** The licence numbers validated, in order. */
    public List<String> validated() {
        return List.copyOf(validated);
    }
}
