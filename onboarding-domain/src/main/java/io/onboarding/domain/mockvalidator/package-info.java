/**
 * The mock third-party licence validator of the original lab ({@link
 * io.onboarding.domain.mockvalidator.MockLicenseValidator}): a stand-in for the provider, served over HTTP by
 * ValidateLicenseLambdaFunction and run in process by the CLI. Not a use case. Depends on {@code port} and
 * {@code model} only, so it loads without any AWS SDK class.
 */
package io.onboarding.domain.mockvalidator;
