/**
 * The use cases, one class per verb: {@link io.onboarding.domain.usecase.ProcessApplicationPackage},
 * {@link io.onboarding.domain.usecase.SubmitLicenseForValidation} and
 * {@link io.onboarding.domain.usecase.ValidateLicense}. They orchestrate ports and policy and own the idempotency
 * protocol. May depend on every other domain package.
 */
package io.onboarding.domain.usecase;
