/**
 * The CLI's local adapters for the domain's ports: the work directory as document store (S3 layout) and applicant
 * store, a notifier that records to a file, and a licence queue in the work directory. Depends
 * on the domain, the JDK and Jackson; never on the AWS SDK, picocli or the other CLI packages.
 */
package io.onboarding.cli.local;
