package io.onboarding.adapters.aws.sfn;

/**
 * Starts one execution of a workflow under a name chosen by the caller. The name makes the start idempotent: a second
 * start under a name already used means the work was already started, which is an answer, not a failure.
 */
public interface WorkflowStarter {
    /** What a start did. */
    enum Start {
        /** A new execution runs (or, for the same name and input, the running one was returned). */
        STARTED,
        /** An execution of that name exists already: a repeated event, nothing new was started. */
        ALREADY_STARTED
    }

    /**
     * Starts an execution named {@code executionName} with the JSON document {@code input}.
     *
     * @throws io.onboarding.domain.port.DependencyException when the workflow service failed ({@code
     *         TransientDependencyException} when a retry may help)
     */
    Start start(String executionName, String input);
}
