package io.onboarding.adapters.local.face;

/**
 * A deliberate violation for {@code ArchitectureTest}: a public class of an engine package that is not the port's
 * implementation, so other modules could reach the engine around the port and its pool. Test sources only.
 */
public final class PublicHelperViolation {
    public static double similarity(double distance) {
        return OpenCvFaceComparator.similarity(distance);
    }
}
