package io.onboarding.lambdas.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.usecase.RecordProcessingFailure;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.logging.DecisionLog;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The workflow's RecordFailure task: records a failure the state machine caught with {@link RecordProcessingFailure}
 * (NEEDS_REVIEW / DEPENDENCY_FAILURE, notified), naming the dependency that the caught error ({@code {"Error",
 * "Cause"}}) names: {@code States.Timeout} is the licence check's wait running out
 * ({@value #LICENSE_CHECK_TIMEOUT}); {@value SubmitLicenseInWorkflow#LICENSE_CHECK_FAILED} carries the dependency as
 * its cause; a step's {@link RetryableStepException} or {@link PermanentStepException} carries it at the start of the
 * message inside the Lambda error's JSON cause; anything else is {@value StepFailures#WORKFLOW}. An upload a newer
 * one replaced ({@value StepFailures#SUPERSEDED}) is not recorded: the newer upload's execution owns the record.
 */
public final class RecordFailureInWorkflow {
    public static final String STATES_TIMEOUT = "States.Timeout";
    public static final String LICENSE_CHECK_TIMEOUT = "license-check-timeout";
    private static final Pattern DEPENDENCY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Set<String> STEP_ERRORS = Set.of(
            RetryableStepException.class.getName(), PermanentStepException.class.getName());

    private final RecordProcessingFailure recordFailure;
    private final ObjectMapper json;
    private final DecisionLog log;

    public RecordFailureInWorkflow(RecordProcessingFailure recordFailure, ObjectMapper json, DecisionLog log) {
        this.recordFailure = Objects.requireNonNull(recordFailure, "recordFailure");
        this.json = Objects.requireNonNull(json, "json");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Records the failure {@code error} describes for this upload; empty when the upload was superseded and nothing
     * was recorded.
     *
     * @throws io.onboarding.domain.port.DependencyException when the store or the notifier failed
     */
    public Optional<StepResult> record(ApplicationId id, String sourceVersion, Object error, String requestId) {
        String dependency = dependency(error);
        if (StepFailures.SUPERSEDED.equals(dependency)) {
            log.ignored(requestId, id.value(), "superseded by a newer upload: nothing recorded");
            return Optional.empty();
        }
        StepResult result = recordFailure.record(id, sourceVersion, dependency);
        log.decision(requestId, result);
        return Optional.of(result);
    }

    /** The dependency a caught error ({@code {"Error","Cause"}} as the state machine passes it) names. */
    private String dependency(Object error) {
        if (!(error instanceof Map<?, ?> caught)) {
            return StepFailures.WORKFLOW;
        }
        Object name = caught.get("Error");
        Object cause = caught.get("Cause");
        if (STATES_TIMEOUT.equals(name)) {
            return LICENSE_CHECK_TIMEOUT;
        }
        if (SubmitLicenseInWorkflow.LICENSE_CHECK_FAILED.equals(name) && cause instanceof String code
                && DEPENDENCY.matcher(code).matches()) {
            return code;
        }
        if (name instanceof String type && STEP_ERRORS.contains(type) && cause instanceof String lambdaError) {
            return fromLambdaError(lambdaError).orElse(StepFailures.WORKFLOW);
        }
        return StepFailures.WORKFLOW;
    }

    /** The dependency at the start of a Lambda error's {@code errorMessage}, as our step exceptions put it. */
    private Optional<String> fromLambdaError(String cause) {
        JsonNode error;
        try {
            error = json.readTree(cause);
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
        JsonNode message = error == null ? null : error.get("errorMessage");
        if (message == null || !message.isTextual()) {
            return Optional.empty();
        }
        int colon = message.textValue().indexOf(": ");
        if (colon < 1) {
            return Optional.empty();
        }
        String dependency = message.textValue().substring(0, colon);
        return DEPENDENCY.matcher(dependency).matches() ? Optional.of(dependency) : Optional.empty();
    }
}
