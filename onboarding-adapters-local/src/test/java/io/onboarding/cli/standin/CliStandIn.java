package io.onboarding.cli.standin;

/**
 * Stands in for a class of the CLI in {@code ArchitectureTest}'s deliberate violations: the CLI depends on this
 * module, so its real classes cannot be on this module's classpath. Test sources only; nothing runs it.
 */
public final class CliStandIn {
}
