/**
 * Amazon S3 implementation of the domain's {@code DocumentStore}: uploaded packages are read from {@code zipped/}
 * at the exact version the event named, accepted files are written to {@code unzipped/}, and a purge deletes every
 * version of one application's objects. {@link io.onboarding.adapters.aws.s3.UploadLinks} presigns the upload of one
 * package. Depends on the domain, the S3 SDK, {@code io.onboarding.adapters.aws.support} and the JDK only.
 */
package io.onboarding.adapters.aws.s3;
