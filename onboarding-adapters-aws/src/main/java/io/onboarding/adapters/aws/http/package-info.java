/**
 * The {@link io.onboarding.domain.port.LicenseValidator} port over HTTP: the third-party licence validator behind
 * API Gateway, called with the JDK HTTP client and Jackson, with bounded, budgeted retries, and the validator's wire
 * contract ({@link io.onboarding.adapters.aws.http.LicenseValidationWire}), which the validator function reads and
 * writes too, and SigV4 signing for API Gateway's IAM authorisation
 * ({@link io.onboarding.adapters.aws.http.SigV4Signing}). Depends on the domain, the JDK, Jackson and, for signing
 * only, the SDK's signer and credentials; never on an SDK service client or another adapter package. The wire
 * contract itself uses no SDK class: the validator function ships it without the SDK.
 */
package io.onboarding.adapters.aws.http;
