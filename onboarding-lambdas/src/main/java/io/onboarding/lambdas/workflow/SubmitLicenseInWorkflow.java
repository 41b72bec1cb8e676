package io.onboarding.lambdas.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.sfn.TaskCallbacks;
import io.onboarding.adapters.aws.sfn.TaskCallbacks.Delivery;
import io.onboarding.adapters.aws.sqs.LicenseCheckMessage;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.usecase.ApplicationNotFoundException;
import io.onboarding.domain.usecase.ConcurrentUpdateException;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.domain.usecase.SubmitLicenseForValidation;
import io.onboarding.lambdas.logging.DecisionLog;
import java.util.Objects;
import java.util.Optional;

/**
 * Submits one queued licence check with {@link SubmitLicenseForValidation} and, when its message carries the task
 * token of a workflow execution waiting in Decide, reports the outcome to that wait after the record is settled:
 * {@code SendTaskSuccess} with the decision, or {@code SendTaskFailure} ({@value #LICENSE_CHECK_FAILED}, with the
 * failed dependency as cause) when no retry can settle it. A message without a token (the S3-triggered document
 * function's) is submitted as before. A wait already over is logged, not retried.
 */
public final class SubmitLicenseInWorkflow {
    /** The error a waiting Decide task fails with when the licence check cannot be settled. */
    public static final String LICENSE_CHECK_FAILED = "LicenseCheckFailed";
    /** The cause reported for a check naming an application that has no record. */
    public static final String APPLICATION_NOT_FOUND = "application-not-found";

    private final SubmitLicenseForValidation submitLicense;
    private final TaskCallbacks callbacks;
    private final ObjectMapper json;
    private final DecisionLog log;

    public SubmitLicenseInWorkflow(SubmitLicenseForValidation submitLicense, TaskCallbacks callbacks,
                                   ObjectMapper json, DecisionLog log) {
        this.submitLicense = Objects.requireNonNull(submitLicense, "submitLicense");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.json = Objects.requireNonNull(json, "json");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Submits the check and reports to the waiting execution, if any. Answers what the submission recorded, or empty
     * when it failed for good and that failure was reported to the waiting execution instead.
     *
     * @throws RuntimeException what the submission threw when a retry may help or no execution waits (the message
     *         is then redelivered, and parked in the dead-letter queue in the end), or when the report itself failed
     */
    public Optional<StepResult> submit(LicenseCheckMessage message, String requestId) {
        ApplicationId id = message.request().applicationId();
        StepResult result;
        try {
            result = submitLicense.submit(message.request());
        } catch (RuntimeException e) {
            Optional<String> cause = permanentCause(e);
            if (message.taskToken().isEmpty() || cause.isEmpty()) {
                throw e;
            }
            log.failed(requestId, id.value(), e, false);
            Delivery delivery = callbacks.fail(message.taskToken().get(), LICENSE_CHECK_FAILED, cause.get());
            log.taskReported(requestId, id.value(), "failure", delivery == Delivery.DELIVERED);
            return Optional.empty();
        }
        log.decision(requestId, result);
        if (message.taskToken().isPresent()) {
            String token = message.taskToken().get();
            ApplicationRecord record = result.record();
            boolean settled = record.decision().map(KycDecision::isFinal).orElse(false);
            Delivery delivery = settled
                    ? callbacks.succeed(token, StepPayloads.json(json, StepPayloads.decided(record)))
                    : callbacks.fail(token, LICENSE_CHECK_FAILED, StepFailures.WORKFLOW);
            log.taskReported(requestId, id.value(), settled ? "success" : "failure",
                    delivery == Delivery.DELIVERED);
        }
        return Optional.of(result);
    }

    /** The cause to report for a failure no retry cures, or empty for one a retry may cure. */
    private static Optional<String> permanentCause(RuntimeException failure) {
        if (failure instanceof ApplicationNotFoundException) {
            return Optional.of(APPLICATION_NOT_FOUND);
        }
        if (failure instanceof DependencyException dependency && !dependency.isRetryable()) {
            return Optional.of(dependency.dependency());
        }
        if (failure instanceof ConcurrentUpdateException concurrent && concurrent.superseded()) {
            return Optional.of(StepFailures.SUPERSEDED);
        }
        return Optional.empty();
    }
}
