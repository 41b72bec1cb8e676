package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.usecase.ReceivePackage;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.di.ReceivePackageComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import io.onboarding.lambdas.workflow.StepFailures;
import io.onboarding.lambdas.workflow.StepPayloads;
import java.util.Map;

/**
 * ReceivePackageFunction, the workflow's first task: receives the upload the execution's input
 * {@code {"bucket","key","version"}} names with {@link ReceivePackage} and answers
 * {@code {"appUuid","sourceVersion","decided","decision","reasons","duplicate"}}; a refused package comes back
 * decided (recorded and notified). Failures are thrown as the workflow's retryable or permanent step errors.
 */
public final class ReceivePackageHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final String STEP = "ReceivePackage";

    private final ReceivePackage receivePackage;
    private final DecisionLog log;
    private final String bucket;
    private final OnboardingMetrics metrics;

    public ReceivePackageHandler() {
        this(ReceivePackageComponent.fromEnvironment());   // runtime: once per execution environment
    }

    ReceivePackageHandler(ReceivePackageComponent component) {
        this(component, OnboardingMetrics.standardOutput());
    }

    ReceivePackageHandler(ReceivePackageComponent component, OnboardingMetrics metrics) {
        this.receivePackage = component.receivePackage();
        this.log = component.decisionLog();
        this.bucket = component.stepConfig().bucket();
        this.metrics = metrics;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        long started = metrics.stepStarted();
        try {
            if (!bucket.equals(StepPayloads.bucket(input))) {
                throw new IllegalArgumentException("package of another bucket");
            }
            PackageRef ref = StepPayloads.packageRef(input);
            StepResult result = receivePackage.receive(ref);
            log.decision(requestId, result);
            metrics.recorded(result);
            return StepPayloads.received(result);
        } catch (RuntimeException e) {
            throw StepFailures.report(log, requestId, STEP, input, e);
        } finally {
            metrics.stepEnded(STEP, started);
        }
    }
}
