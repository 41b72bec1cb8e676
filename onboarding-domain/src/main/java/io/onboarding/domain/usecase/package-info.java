/**
 * The use cases, one class per verb: the steps of an application ({@link io.onboarding.domain.usecase.ReceivePackage},
 * {@link io.onboarding.domain.usecase.CheckFace}, {@link io.onboarding.domain.usecase.CheckDetails},
 * {@link io.onboarding.domain.usecase.DecideApplication}, {@link io.onboarding.domain.usecase.SubmitLicenseForValidation}
 * and {@link io.onboarding.domain.usecase.RecordProcessingFailure}), each callable alone, and
 * {@link io.onboarding.domain.usecase.ProcessApplicationPackage}, their composition for one synchronous call. Each
 * returns a {@link io.onboarding.domain.usecase.StepResult}. They orchestrate ports and policy and own the
 * idempotency protocol. May depend on every other domain package. The lab's mock third-party validator is not one
 * of them: it lives in {@code mockvalidator}.
 */
package io.onboarding.domain.usecase;
