/**
 * Amazon SQS implementation of the domain's {@code LicenseCheckQueue}, and the one definition of the queued
 * message's JSON ({@link io.onboarding.adapters.aws.sqs.LicenseCheckMessages}) that the consuming function parses.
 * Depends on the domain, the SQS SDK, Jackson, {@code io.onboarding.adapters.aws.support} and the JDK only.
 */
package io.onboarding.adapters.aws.sqs;
