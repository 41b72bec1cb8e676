package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.di.DecideComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import io.onboarding.lambdas.workflow.DecideInWorkflow;
import io.onboarding.lambdas.workflow.StepFailures;
import io.onboarding.lambdas.workflow.StepPayloads;
import java.util.Map;

/**
 * DecideFunction, the workflow's {@code .waitForTaskToken} task: decides the upload
 * {@code {"appUuid","sourceVersion","taskToken"}} names with {@link DecideInWorkflow}, which queues the licence check
 * with the token or ends the wait itself, and answers {@code {"appUuid","sourceVersion","decision","reasons"}} (the
 * state machine takes the wait's answer, not this one). Failures are thrown as the workflow's step errors.
 */
public final class DecideHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final String STEP = "Decide";

    private final DecideInWorkflow decide;
    private final DecisionLog log;
    private final OnboardingMetrics metrics;

    public DecideHandler() {
        this(DecideComponent.fromEnvironment());   // runtime: once per execution environment
    }

    DecideHandler(DecideComponent component) {
        this(component, OnboardingMetrics.standardOutput());
    }

    DecideHandler(DecideComponent component, OnboardingMetrics metrics) {
        this.decide = component.decideInWorkflow();
        this.log = component.decisionLog();
        this.metrics = metrics;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        long started = metrics.stepStarted();
        try {
            StepResult result = decide.decide(StepPayloads.applicationId(input), StepPayloads.sourceVersion(input),
                    StepPayloads.taskToken(input), requestId);
            metrics.recorded(result);
            return StepPayloads.decided(result.record());
        } catch (RuntimeException e) {
            throw StepFailures.report(log, requestId, STEP, input, e);
        } finally {
            metrics.stepEnded(STEP, started);
        }
    }
}
