package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.onboarding.domain.usecase.CheckDetails;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.di.CheckDetailsComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import io.onboarding.lambdas.workflow.StepFailures;
import io.onboarding.lambdas.workflow.StepPayloads;
import java.util.Map;

/**
 * CheckDetailsFunction, one branch of the workflow's parallel Checks: runs {@link CheckDetails} on the upload
 * {@code {"appUuid","sourceVersion"}} names and answers {@code {"appUuid","sourceVersion","passed","duplicate"}}.
 * Failures are thrown as the workflow's retryable or permanent step errors.
 */
public final class CheckDetailsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final String STEP = "CheckDetails";

    private final CheckDetails checkDetails;
    private final DecisionLog log;
    private final OnboardingMetrics metrics;

    public CheckDetailsHandler() {
        this(CheckDetailsComponent.fromEnvironment());   // runtime: once per execution environment
    }

    CheckDetailsHandler(CheckDetailsComponent component) {
        this(component, OnboardingMetrics.standardOutput());
    }

    CheckDetailsHandler(CheckDetailsComponent component, OnboardingMetrics metrics) {
        this.checkDetails = component.checkDetails();
        this.log = component.decisionLog();
        this.metrics = metrics;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        long started = metrics.stepStarted();
        try {
            StepResult result = checkDetails.check(StepPayloads.applicationId(input),
                    StepPayloads.sourceVersion(input));
            log.decision(requestId, result);
            return StepPayloads.detailsChecked(result);
        } catch (RuntimeException e) {
            throw StepFailures.report(log, requestId, STEP, input, e);
        } finally {
            metrics.stepEnded(STEP, started);
        }
    }
}
