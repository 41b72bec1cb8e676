/**
 * AWS Step Functions for the application workflow: starting one execution per uploaded package version
 * ({@link io.onboarding.adapters.aws.sfn.SfnWorkflowStarter}) and answering an execution that waits on a task token
 * ({@link io.onboarding.adapters.aws.sfn.SfnTaskCallbacks}). The workflow engine is no concern of the domain, so the
 * two small interfaces the functions program against ({@link io.onboarding.adapters.aws.sfn.WorkflowStarter},
 * {@link io.onboarding.adapters.aws.sfn.TaskCallbacks}) live here beside their implementations and mention no SDK
 * type. Depends on the domain's port exceptions, the Step Functions SDK, {@code io.onboarding.adapters.aws.support}
 * and the JDK only.
 */
package io.onboarding.adapters.aws.sfn;
