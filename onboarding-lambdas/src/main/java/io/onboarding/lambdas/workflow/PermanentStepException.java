package io.onboarding.lambdas.workflow;

/**
 * A workflow step failed in a way no retry cures. The state machine catches it into RecordFailure, which reads the
 * failed dependency from the message: {@code <dependency>: <what>}, with ids only, since it ends up in the
 * execution's history.
 */
public final class PermanentStepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PermanentStepException(String message) {
        super(message);
    }
}
