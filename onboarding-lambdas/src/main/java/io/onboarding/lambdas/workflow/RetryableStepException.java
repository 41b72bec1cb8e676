package io.onboarding.lambdas.workflow;

/**
 * A workflow step failed in a way a retry may cure (a dependency throttled or timed out, a concurrent update). The
 * state machine's Retry policy names this class; when the retries are spent, its Catch records the failure. The
 * message is {@code <dependency>: <what>} with ids only, since it ends up in the execution's history.
 */
public final class RetryableStepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RetryableStepException(String message) {
        super(message);
    }
}
