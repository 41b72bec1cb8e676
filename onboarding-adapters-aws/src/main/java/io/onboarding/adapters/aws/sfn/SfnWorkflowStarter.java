package io.onboarding.adapters.aws.sfn;

import io.onboarding.adapters.aws.support.AwsFailures;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/**
 * {@link WorkflowStarter} on an AWS Step Functions state machine (StartExecution). Step Functions keeps a Standard
 * state machine's execution names for 90 days after the execution closes: {@code ExecutionAlreadyExists} then
 * means this name was started before and is reported as {@link Start#ALREADY_STARTED}. A start repeated with the
 * same name and input while that execution still runs succeeds and returns the running execution.
 */
public final class SfnWorkflowStarter implements WorkflowStarter {
    static final String DEPENDENCY = "step-functions";

    private final SfnClient sfn;
    private final String stateMachineArn;

    public SfnWorkflowStarter(SfnClient sfn, String stateMachineArn) {
        this.sfn = Objects.requireNonNull(sfn, "sfn");
        this.stateMachineArn = Objects.requireNonNull(stateMachineArn, "stateMachineArn");
        if (stateMachineArn.isBlank()) {
            throw new IllegalArgumentException("state machine ARN is blank");
        }
    }

    @Override
    public Start start(String executionName, String input) {
        Objects.requireNonNull(executionName, "executionName");
        Objects.requireNonNull(input, "input");
        try {
            sfn.startExecution(request -> request.stateMachineArn(stateMachineArn).name(executionName).input(input));
            return Start.STARTED;
        } catch (ExecutionAlreadyExistsException duplicate) {
            return Start.ALREADY_STARTED;
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "StartExecution", e);
        }
    }
}
