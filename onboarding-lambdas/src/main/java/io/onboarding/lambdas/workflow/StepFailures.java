package io.onboarding.lambdas.workflow;

import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.usecase.ApplicationNotFoundException;
import io.onboarding.domain.usecase.ConcurrentUpdateException;
import io.onboarding.lambdas.logging.DecisionLog;
import java.util.Map;

/**
 * Turns what a step's use case threw into the error the state machine acts on. A retryable dependency failure or a
 * concurrent update becomes a {@link RetryableStepException}; anything else a {@link PermanentStepException}. Either
 * message starts with the failed dependency ({@code rekognition: }, {@code workflow: } for the workflow's own
 * failures, {@value #SUPERSEDED}{@code : } for work a newer upload made obsolete) and names ids only: the original
 * exception, whose text may come from a third party, is logged by class and never attached.
 */
public final class StepFailures {
    /** The pseudo-dependency of a step whose upload was replaced by a newer one: nothing is to be recorded. */
    public static final String SUPERSEDED = "superseded";
    /** The pseudo-dependency of the workflow's own failures (bad input, steps out of order, a bug). */
    public static final String WORKFLOW = "workflow";

    private StepFailures() {
    }

    /** The error to throw for {@code failure} of {@code step} on application {@code subject}. */
    public static RuntimeException translate(String step, String subject, RuntimeException failure) {
        if (failure instanceof RetryableStepException || failure instanceof PermanentStepException) {
            return failure;
        }
        String of = step + " of application " + subject;
        if (failure instanceof DependencyException dependency) {
            String message = dependency.dependency() + ": " + of + " failed";
            return dependency.isRetryable() ? new RetryableStepException(message) : new PermanentStepException(message);
        }
        if (failure instanceof ConcurrentUpdateException concurrent) {
            return concurrent.superseded()
                    ? new PermanentStepException(SUPERSEDED + ": " + of + " was replaced by a newer upload")
                    : new RetryableStepException(WORKFLOW + ": " + of + " met a concurrent update");
        }
        if (failure instanceof ApplicationNotFoundException) {
            return new PermanentStepException(WORKFLOW + ": " + of + " found no record");
        }
        if (failure instanceof IllegalArgumentException) {
            return new PermanentStepException(WORKFLOW + ": " + step + " got invalid input");
        }
        if (failure instanceof IllegalStateException) {
            return new PermanentStepException(WORKFLOW + ": " + of + " ran before the steps it needs");
        }
        return new PermanentStepException(WORKFLOW + ": " + of + " failed with " + failure.getClass().getSimpleName());
    }

    /** Logs {@code failure} of {@code step} for the application {@code input} names and returns the error to throw. */
    public static RuntimeException report(DecisionLog log, String requestId, String step, Map<String, Object> input,
                                          RuntimeException failure) {
        String subject = StepPayloads.subject(input);
        RuntimeException translated = translate(step, subject, failure);
        log.failed(requestId, subject, failure, translated instanceof RetryableStepException);
        return translated;
    }
}
