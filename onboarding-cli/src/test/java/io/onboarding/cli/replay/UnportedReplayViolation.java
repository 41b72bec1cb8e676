package io.onboarding.cli.replay;

/**
 * A deliberate violation for {@code ArchitectureTest}: a public replay class that implements no port. Test sources
 * only.
 */
public final class UnportedReplayViolation {
    public String answer() {
        return "{}";
    }
}
