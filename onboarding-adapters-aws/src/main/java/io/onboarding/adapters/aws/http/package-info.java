/**
 * The {@link io.onboarding.domain.port.LicenseValidator} port over HTTP: the third-party licence validator behind
 * API Gateway, called with the JDK HTTP client and Jackson, with bounded, budgeted retries, and the validator's wire
 * contract ({@link io.onboarding.adapters.aws.http.LicenseValidationWire}), which the validator function reads and
 * writes too. Depends on the domain, the JDK and Jackson; never on the AWS SDK or another adapter package.
 */
package io.onboarding.adapters.aws.http;
