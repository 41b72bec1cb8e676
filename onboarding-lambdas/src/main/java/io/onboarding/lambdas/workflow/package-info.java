/**
 * What the functions of the application workflow (the {@code ApplicationStateMachine} of {@code template.yaml}) share
 * beyond the domain's use cases: the step payloads, the two errors a step throws so that the state machine can retry
 * or catch it ({@link io.onboarding.lambdas.workflow.RetryableStepException},
 * {@link io.onboarding.lambdas.workflow.PermanentStepException}, matched by their class names), the execution naming,
 * and the task-token protocol of the licence check (decide, queue the check with the token, report the decision).
 * Depends on the domain, on the SDK-free workflow interfaces and message format of
 * {@code io.onboarding.adapters.aws.sfn} and {@code .sqs}, on {@code io.onboarding.lambdas.logging}, Jackson and the
 * JDK; never on the AWS SDK or on Dagger.
 */
package io.onboarding.lambdas.workflow;
