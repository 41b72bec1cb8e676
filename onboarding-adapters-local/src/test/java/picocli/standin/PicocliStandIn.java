package picocli.standin;

/**
 * Stands in for a picocli type in {@code ArchitectureTest}'s deliberate violations, so that this module's test
 * classpath needs no picocli. Test sources only; nothing runs it.
 */
public final class PicocliStandIn {
}
