/**
 * Amazon S3 implementation of the domain's {@code DocumentStore}: uploaded packages are read from {@code zipped/}
 * at the exact version the event named, accepted files are written to {@code unzipped/}. Depends on the domain,
 * the S3 SDK, {@code io.onboarding.adapters.aws.support} and the JDK only.
 */
package io.onboarding.adapters.aws.s3;
