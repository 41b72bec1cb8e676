package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.lambdas.di.StartApplicationComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import io.onboarding.lambdas.workflow.ApplicationExecutions;
import io.onboarding.lambdas.workflow.ApplicationExecutions.Started;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * StartApplicationFunction, the target of the rule PackageUploadedRule: starts the ApplicationStateMachine
 * execution of the package an EventBridge {@code Object Created} event of the document bucket announces, named so
 * that a repeated event starts none (logged as a duplicate). Events of other buckets, prefixes or suffixes are
 * logged and ignored. Any other failure is thrown: EventBridge retries the event, then sends it to the rule's
 * dead-letter queue. Answers {@code {"status": "STARTED"|"ALREADY_STARTED"|"IGNORED", "executionName"}}.
 */
public final class StartApplicationHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final String STEP = "StartApplication";

    private final ApplicationExecutions executions;
    private final DecisionLog log;
    private final String bucket;
    private final OnboardingMetrics metrics;

    public StartApplicationHandler() {
        this(StartApplicationComponent.fromEnvironment());   // runtime: once per execution environment
    }

    StartApplicationHandler(StartApplicationComponent component) {
        this(component, OnboardingMetrics.standardOutput());
    }

    StartApplicationHandler(StartApplicationComponent component, OnboardingMetrics metrics) {
        this.executions = component.applicationExecutions();
        this.log = component.decisionLog();
        this.bucket = component.startApplicationConfig().bucket();
        this.metrics = metrics;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        long started = metrics.stepStarted();
        try {
            return start(event, context == null ? null : context.getAwsRequestId());
        } finally {
            metrics.stepEnded(STEP, started);
        }
    }

    private Map<String, Object> start(Map<String, Object> event, String requestId) {
        var ignoredBecause = new StringBuilder();
        Optional<PackageRef> ref = BucketEvents.packageRef(event, bucket, ignoredBecause);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (ref.isEmpty()) {
            log.ignored(requestId, "event", ignoredBecause.toString());
            answer.put("status", "IGNORED");
            return answer;
        }
        Started started;
        try {
            started = executions.start(bucket, ref.get());
        } catch (RuntimeException e) {
            // EventBridge retries the event, then parks it in the rule's dead-letter queue
            log.failed(requestId, ApplicationExecutions.name(ref.get()), e, true);
            throw e;
        }
        log.executionStarted(requestId, started.executionName(), started.duplicate());
        answer.put("status", started.start().name());
        answer.put("executionName", started.executionName());
        return answer;
    }
}
