/**
 * The use cases, one class per verb: {@link io.onboarding.domain.usecase.ProcessApplicationPackage} and
 * {@link io.onboarding.domain.usecase.SubmitLicenseForValidation}. They orchestrate ports and policy and own the
 * idempotency protocol. May depend on every other domain package. The lab's mock third-party validator is not one
 * of them: it lives in {@code mockvalidator}.
 */
package io.onboarding.domain.usecase;
