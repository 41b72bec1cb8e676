package io.onboarding.lambdas.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.usecase.StepResult;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Structured logs of the functions: one JSON object per line on standard output (which Lambda ships to CloudWatch
 * Logs), one line per decision, carrying ids, outcomes and reason codes only, never personal data.
 */
public final class DecisionLog {
    private final ObjectMapper json;
    private final PrintStream out;
    private final String function;

    public DecisionLog(ObjectMapper json, PrintStream out, String function) {
        this.json = Objects.requireNonNull(json, "json");
        this.out = Objects.requireNonNull(out, "out");
        this.function = Objects.requireNonNull(function, "function");
    }

    /**
     * What a step did and the application's state afterwards: its checks, its decision, whether the call was a
     * duplicate and which effects (notifications, the queued check) it performed itself.
     */
    public void decision(String requestId, StepResult result) {
        ApplicationRecord record = result.record();
        ObjectNode line = line("INFO", "decision", requestId);
        line.put("app_uuid", record.id().value());
        line.put("source_version", record.sourceVersion());
        record.faceCheck().ifPresent(face -> line.put("license_selfie_match", face.passed()));
        record.detailsCheck().ifPresent(details -> line.put("license_details_match", details.passed()));
        record.licenseValidation().ifPresent(v -> line.put("license_validation", v.isValid()));
        record.refusal().ifPresent(reason -> line.put("refusal", reason.name()));
        record.decision().ifPresent(decision -> {
            line.put("decision", decision.outcome().name());
            var reasons = line.putArray("reasons");
            decision.reasons().forEach(reason -> reasons.add(reason.name()));
        });
        line.put("attempts", record.attempts());
        line.put("duplicate", result.duplicate());
        var effects = line.putArray("effects");
        result.performed().forEach(performed -> effects.add(performed.effect().name()));
        write(line);
    }

    /** An event record that is not ours to process (another prefix, bucket or suffix). */
    public void ignored(String requestId, String what, String why) {
        ObjectNode line = line("INFO", "ignored", requestId);
        line.put("item", what);
        line.put("reason", why);
        write(line);
    }

    /** A failure; {@code subject} is an application id or a message id, {@code retryable} says what happens next. */
    public void failed(String requestId, String subject, Throwable failure, boolean retryable) {
        ObjectNode line = line(retryable ? "WARN" : "ERROR", "failed", requestId);
        line.put("item", subject);
        // the class only: messages of third-party exceptions may quote request content
        line.put("error", failure.getClass().getSimpleName());
        line.put("retryable", retryable);
        write(line);
    }

    /**
     * A workflow execution started for an upload, or found started already ({@code duplicate}: a repeated event).
     * The name holds the application id and a hash of the version only.
     */
    public void executionStarted(String requestId, String executionName, boolean duplicate) {
        ObjectNode line = line("INFO", duplicate ? "execution_duplicate" : "execution_started", requestId);
        line.put("execution_name", executionName);
        line.put("duplicate", duplicate);
        write(line);
    }

    /**
     * An answer sent to a workflow task waiting on a token ({@code outcome} is {@code success} or {@code failure});
     * {@code delivered} false means the wait was already over (timed out or answered). The token is never logged.
     */
    public void taskReported(String requestId, String appUuid, String outcome, boolean delivered) {
        ObjectNode line = line(delivered ? "INFO" : "WARN", delivered ? "task_reported" : "task_wait_over",
                requestId);
        line.put("app_uuid", appUuid);
        line.put("outcome", outcome);
        line.put("delivered", delivered);
        write(line);
    }

    /** A licence check queued again with a newer task token, since the one queued earlier answers an older wait. */
    public void licenseCheckRequeued(String requestId, String appUuid) {
        ObjectNode line = line("INFO", "license_check_requeued", requestId);
        line.put("app_uuid", appUuid);
        write(line);
    }

    /** The validator's answer (ValidateLicenseLambdaFunction). */
    public void validated(String requestId, boolean valid) {
        ObjectNode line = line("INFO", "validated", requestId);
        line.put("valid", valid);
        write(line);
    }

    /** A request refused as malformed; {@code problem} is a fixed description, never request content. */
    public void rejectedRequest(String requestId, String problem) {
        ObjectNode line = line("WARN", "bad_request", requestId);
        line.put("problem", problem);
        write(line);
    }

    /**
     * An API request answered: the route (e.g. {@code POST /applications/{id}/review}, a template, not the path),
     * the application id once it was found valid, the status and the error code. Nothing the caller sent besides.
     */
    public void answered(String requestId, String route, String appUuid, int status, String error) {
        ObjectNode line = line(status >= 500 ? "ERROR" : status >= 400 ? "WARN" : "INFO", "answered", requestId);
        line.put("route", route);
        if (appUuid != null) {
            line.put("app_uuid", appUuid);
        }
        line.put("status", status);
        if (error != null) {
            line.put("error", error);
        }
        write(line);
    }

    private ObjectNode line(String level, String event, String requestId) {
        ObjectNode line = json.createObjectNode();
        line.put("level", level);
        line.put("function", function);
        line.put("event", event);
        if (requestId != null) {
            line.put("request_id", requestId);
        }
        return line;
    }

    private void write(ObjectNode line) {
        try {
            out.println(json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a log line", e);
        }
    }
}
