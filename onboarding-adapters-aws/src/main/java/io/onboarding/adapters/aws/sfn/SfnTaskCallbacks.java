package io.onboarding.adapters.aws.sfn;

import io.onboarding.adapters.aws.support.AwsFailures;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * {@link TaskCallbacks} with AWS Step Functions' SendTaskSuccess and SendTaskFailure. {@code TaskTimedOut},
 * {@code TaskDoesNotExist} and {@code InvalidToken} mean nobody waits on the token any more and become
 * {@link Delivery#WAIT_ALREADY_OVER}; other failures are {@link io.onboarding.domain.port.DependencyException}s.
 * The token is never put into an exception message.
 */
public final class SfnTaskCallbacks implements TaskCallbacks {
    static final String DEPENDENCY = "step-functions";
    /** Step Functions' limits on a task failure's error name and cause. */
    static final int MAX_ERROR = 256;
    static final int MAX_CAUSE = 32_768;

    private final SfnClient sfn;

    public SfnTaskCallbacks(SfnClient sfn) {
        this.sfn = Objects.requireNonNull(sfn, "sfn");
    }

    @Override
    public Delivery succeed(String taskToken, String output) {
        requireToken(taskToken);
        Objects.requireNonNull(output, "output");
        try {
            sfn.sendTaskSuccess(request -> request.taskToken(taskToken).output(output));
            return Delivery.DELIVERED;
        } catch (TaskTimedOutException | TaskDoesNotExistException | InvalidTokenException over) {
            return Delivery.WAIT_ALREADY_OVER;
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "SendTaskSuccess", e);
        }
    }

    @Override
    public Delivery fail(String taskToken, String error, String cause) {
        requireToken(taskToken);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(cause, "cause");
        if (error.length() > MAX_ERROR || cause.length() > MAX_CAUSE) {
            throw new IllegalArgumentException("error name or cause longer than Step Functions accepts");
        }
        try {
            sfn.sendTaskFailure(request -> request.taskToken(taskToken).error(error).cause(cause));
            return Delivery.DELIVERED;
        } catch (TaskTimedOutException | TaskDoesNotExistException | InvalidTokenException over) {
            return Delivery.WAIT_ALREADY_OVER;
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "SendTaskFailure", e);
        }
    }

    private static void requireToken(String taskToken) {
        Objects.requireNonNull(taskToken, "taskToken");
        if (taskToken.isBlank()) {
            throw new IllegalArgumentException("task token is blank");
        }
    }
}
