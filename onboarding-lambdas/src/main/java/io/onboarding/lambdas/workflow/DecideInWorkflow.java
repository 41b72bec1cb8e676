package io.onboarding.lambdas.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.sfn.TaskCallbacks;
import io.onboarding.adapters.aws.sfn.TaskCallbacks.Delivery;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.Notifier;
import io.onboarding.domain.usecase.DecideApplication;
import io.onboarding.domain.usecase.ProcessingOptions;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.logging.DecisionLog;
import java.time.Clock;
import java.util.Objects;

/**
 * The workflow's Decide task, which the state machine runs with {@code .waitForTaskToken}: decides the upload with
 * {@link DecideApplication}, queueing the licence check (if the policy asks for one) with this task's token, so that
 * SubmitLicenseLambdaFunction can report the validator's answer to this wait. A decision that needs no licence check
 * ends the wait here ({@code SendTaskSuccess} with the decision). A decision still PENDING_LICENSE_VALIDATION whose
 * check this call did not queue (a retried Decide: the check went out with an earlier attempt's token, which no
 * longer ends anything) gets its check queued again with this token; the validator's recorded answer is reused.
 */
public final class DecideInWorkflow {
    private final ApplicationRepository repository;
    private final Notifier notifier;
    private final LicenseChecksForTask licenseChecks;
    private final TaskCallbacks callbacks;
    private final KycPolicy policy;
    private final ProcessingOptions options;
    private final Clock clock;
    private final ObjectMapper json;
    private final DecisionLog log;

    public DecideInWorkflow(ApplicationRepository repository, Notifier notifier, LicenseChecksForTask licenseChecks,
                            TaskCallbacks callbacks, KycPolicy policy, ProcessingOptions options, Clock clock,
                            ObjectMapper json, DecisionLog log) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.licenseChecks = Objects.requireNonNull(licenseChecks, "licenseChecks");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.json = Objects.requireNonNull(json, "json");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Decides the upload and makes sure the task waiting on {@code taskToken} will end.
     *
     * @throws io.onboarding.domain.port.DependencyException as {@link DecideApplication#decide} does, or when the
     *         queue or the workflow service failed
     */
    public StepResult decide(ApplicationId id, String sourceVersion, String taskToken, String requestId) {
        Objects.requireNonNull(taskToken, "taskToken");
        LicenseCheckQueue queue = licenseChecks.carrying(taskToken);
        // built per call: the queue it is given carries this task's token
        StepResult result = new DecideApplication(repository, notifier, queue, policy, options, clock)
                .decide(id, sourceVersion);
        log.decision(requestId, result);
        ApplicationRecord record = result.record();
        KycDecision decision = record.decision().orElseThrow(
                () -> new IllegalStateException("application " + id + " is undecided after Decide"));
        if (decision.isFinal()) {
            Delivery delivery = callbacks.succeed(taskToken,
                    StepPayloads.json(json, StepPayloads.decided(record)));
            log.taskReported(requestId, id.value(), "success", delivery == Delivery.DELIVERED);
        } else if (result.licenseChecks().isEmpty()) {
            queue.enqueue(new LicenseCheckRequest(record.applicant().orElseThrow().documentNumber(),
                    options.validationOverride(), id));
            log.licenseCheckRequeued(requestId, id.value());
        }
        return result;
    }
}
