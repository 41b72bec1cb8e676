package io.onboarding.adapters.aws.sfn;

/**
 * Answers a workflow execution that waits on a task token. A wait that is already over (timed out, or the token
 * was answered, belongs to a closed execution or is not one) is an answer too: nothing can be delivered any more,
 * and retrying will not change that.
 */
public interface TaskCallbacks {
    /** What happened to an answer. */
    enum Delivery {
        /** The waiting execution got it. */
        DELIVERED,
        /** Nobody waits on this token any more; the caller logs it and moves on. */
        WAIT_ALREADY_OVER
    }

    /**
     * Ends the wait successfully with {@code output}, a JSON document.
     *
     * @throws io.onboarding.domain.port.DependencyException when the workflow service failed
     */
    Delivery succeed(String taskToken, String output);

    /**
     * Ends the wait with an error: {@code error} is the error name the workflow's Catch matches, {@code cause} a short
     * code. Neither may hold personal data: both end up in the execution's history.
     *
     * @throws io.onboarding.domain.port.DependencyException when the workflow service failed
     */
    Delivery fail(String taskToken, String error, String cause);
}
