package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.onboarding.domain.usecase.CheckFace;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.di.CheckFaceComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import io.onboarding.lambdas.workflow.StepFailures;
import io.onboarding.lambdas.workflow.StepPayloads;
import java.util.Map;

/**
 * CheckFaceFunction, one branch of the workflow's parallel Checks: runs {@link CheckFace} on the upload
 * {@code {"appUuid","sourceVersion"}} names and answers {@code {"appUuid","sourceVersion","passed","duplicate"}}.
 * Failures are thrown as the workflow's retryable or permanent step errors.
 */
public final class CheckFaceHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final String STEP = "CheckFace";

    private final CheckFace checkFace;
    private final DecisionLog log;
    private final OnboardingMetrics metrics;

    public CheckFaceHandler() {
        this(CheckFaceComponent.fromEnvironment());   // runtime: once per execution environment
    }

    CheckFaceHandler(CheckFaceComponent component) {
        this(component, OnboardingMetrics.standardOutput());
    }

    CheckFaceHandler(CheckFaceComponent component, OnboardingMetrics metrics) {
        this.checkFace = component.checkFace();
        this.log = component.decisionLog();
        this.metrics = metrics;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        long started = metrics.stepStarted();
        try {
            StepResult result = checkFace.check(StepPayloads.applicationId(input),
                    StepPayloads.sourceVersion(input));
            log.decision(requestId, result);
            return StepPayloads.faceChecked(result);
        } catch (RuntimeException e) {
            throw StepFailures.report(log, requestId, STEP, input, e);
        } finally {
            metrics.stepEnded(STEP, started);
        }
    }
}
