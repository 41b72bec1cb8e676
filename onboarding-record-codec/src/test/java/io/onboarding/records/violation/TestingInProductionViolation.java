package io.onboarding.records.violation;

import io.onboarding.domain.testing.TestApplications;
import java.util.logging.Logger;

/**
 * Deliberate violations for {@code ArchitectureTest}: a codec class that uses a test fake and a library beyond the
 * JDK's core. Test sources only.
 */
public final class TestingInProductionViolation {
    public static Object applicant() {
        Logger.getAnonymousLogger().fine("building the sample applicant");
        return TestApplications.anApplicant().build();
    }
}
