package software.amazon.awssdk.standin;

/**
 * Stands in for an AWS SDK type in {@code ArchitectureTest}'s deliberate violations, so that this module's test
 * classpath needs no SDK. Test sources only; nothing runs it.
 */
public final class SdkStandIn {
}
