package dagger.standin;

/**
 * Stands in for a Dagger type in {@code ArchitectureTest}'s deliberate violations: Dagger belongs to
 * {@code onboarding-lambdas} and is not on this module's classpath. Test sources only; nothing runs it.
 */
public final class DaggerStandIn {
}
