package io.onboarding.adapters.aws.standin;

/**
 * Stands in for a class of the AWS adapters in {@code ArchitectureTest}'s deliberate violations, so that this
 * module's test classpath needs no AWS adapters. Test sources only; nothing runs it.
 */
public final class AwsAdapterStandIn {
}
