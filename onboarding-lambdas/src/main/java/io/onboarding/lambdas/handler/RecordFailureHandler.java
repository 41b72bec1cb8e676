package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.di.RecordFailureComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import io.onboarding.lambdas.workflow.RecordFailureInWorkflow;
import io.onboarding.lambdas.workflow.StepFailures;
import io.onboarding.lambdas.workflow.StepPayloads;
import java.util.Map;
import java.util.Optional;

/**
 * RecordFailureFunction, where the workflow's Catch clauses lead: records the caught error of the upload
 * {@code {"bucket","key","version","error": {"Error","Cause"}}} names (under the hashed id when the key names no
 * valid one) with {@link RecordFailureInWorkflow}, and answers {@code {"appUuid","sourceVersion","decision","reasons"}}
 * ({@code "superseded": true} and no decision when a newer upload replaced this one). Failures are thrown as the
 * workflow's step errors.
 */
public final class RecordFailureHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final String STEP = "RecordFailure";

    private final RecordFailureInWorkflow recordFailure;
    private final DecisionLog log;
    private final OnboardingMetrics metrics;

    public RecordFailureHandler() {
        this(RecordFailureComponent.fromEnvironment());   // runtime: once per execution environment
    }

    RecordFailureHandler(RecordFailureComponent component) {
        this(component, OnboardingMetrics.standardOutput());
    }

    RecordFailureHandler(RecordFailureComponent component, OnboardingMetrics metrics) {
        this.recordFailure = component.recordFailureInWorkflow();
        this.log = component.decisionLog();
        this.metrics = metrics;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        long started = metrics.stepStarted();
        try {
            PackageRef ref = StepPayloads.packageRef(input);
            ApplicationId id = StepPayloads.applicationOf(ref);
            Optional<StepResult> recorded = recordFailure.record(id, ref.sourceVersion(),
                    input.get(StepPayloads.ERROR), requestId);
            recorded.ifPresent(metrics::recorded);
            return recorded.map(result -> StepPayloads.decided(result.record()))
                    .orElseGet(() -> StepPayloads.superseded(id, ref.sourceVersion()));
        } catch (RuntimeException e) {
            throw StepFailures.report(log, requestId, STEP, input, e);
        } finally {
            metrics.stepEnded(STEP, started);
        }
    }
}
