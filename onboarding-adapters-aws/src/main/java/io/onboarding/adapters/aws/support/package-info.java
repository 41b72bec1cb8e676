/**
 * Shared plumbing for the AWS adapters: the one place SDK clients are built ({@link
 * io.onboarding.adapters.aws.support.AwsClientFactory}, URLConnection HTTP client, explicit region and credentials)
 * and the translation of SDK failures into the domain's dependency exceptions. Depends on the AWS SDK, the domain's
 * {@code port} exceptions and the JDK; never on an adapter package.
 */
package io.onboarding.adapters.aws.support;
