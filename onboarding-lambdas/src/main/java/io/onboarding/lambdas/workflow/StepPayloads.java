package io.onboarding.lambdas.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.usecase.ReceivePackage;
import io.onboarding.domain.usecase.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON objects the workflow's functions take and give, as the {@code Map<String, Object>} the Lambda Java runtime
 * reads JSON objects into. Inputs: the execution's {@code {"bucket","key","version"}}, and
 * {@code {"appUuid","sourceVersion"}} (plus {@code "taskToken"} for Decide) for the steps after ReceivePackage.
 * Outputs hold ids, versions, outcomes and reason codes only, never personal data, since Step Functions keeps them
 * in the execution's history. A missing or mistyped input field is an {@link IllegalArgumentException} naming the
 * field, never quoting a value.
 */
public final class StepPayloads {
    public static final String BUCKET = "bucket";
    public static final String KEY = "key";
    public static final String VERSION = "version";
    public static final String APP_UUID = "appUuid";
    public static final String SOURCE_VERSION = "sourceVersion";
    public static final String TASK_TOKEN = "taskToken";
    public static final String ERROR = "error";
    static final String UNKNOWN = "unknown";

    private StepPayloads() {
    }

    /** The upload an execution's input names. */
    public static PackageRef packageRef(Map<String, Object> input) {
        return new PackageRef(text(input, KEY), text(input, VERSION));
    }

    public static String bucket(Map<String, Object> input) {
        return text(input, BUCKET);
    }

    /** The application of an upload: the id its key names, or the hashed id ReceivePackage gives a key naming none. */
    public static ApplicationId applicationOf(PackageRef ref) {
        return ref.applicationId().orElseGet(() -> ReceivePackage.unaddressableId(ref.key()));
    }

    public static ApplicationId applicationId(Map<String, Object> input) {
        String value = text(input, APP_UUID);
        if (!ApplicationId.isValid(value)) {
            throw new IllegalArgumentException("field " + APP_UUID + " is not a valid application id");
        }
        return ApplicationId.of(value);
    }

    public static String sourceVersion(Map<String, Object> input) {
        return text(input, SOURCE_VERSION);
    }

    public static String taskToken(Map<String, Object> input) {
        return text(input, TASK_TOKEN);
    }

    /**
     * ReceivePackage's answer: {@code {"appUuid","sourceVersion","decided","decision","reasons","duplicate"}}.
     * {@code decided} is true for a final decision only (a refused package, or an upload decided before): an upload
     * still waiting for the licence check goes through the steps again, which find their work done and wait anew.
     */
    public static Map<String, Object> received(StepResult result) {
        ApplicationRecord record = result.record();
        Map<String, Object> out = ids(record);
        out.put("decided", record.decision().map(KycDecision::isFinal).orElse(false));
        putDecision(out, record);
        out.put("duplicate", result.duplicate());
        return out;
    }

    /** CheckFace's answer: {@code {"appUuid","sourceVersion","passed","duplicate"}}. */
    public static Map<String, Object> faceChecked(StepResult result) {
        return checked(result, result.record().faceCheck().map(FaceCheck::passed).orElse(false));
    }

    /** CheckDetails' answer: {@code {"appUuid","sourceVersion","passed","duplicate"}}. */
    public static Map<String, Object> detailsChecked(StepResult result) {
        return checked(result, result.record().detailsCheck().map(DetailsCheck::passed).orElse(false));
    }

    /**
     * The decision as Decide, RecordFailure and the licence check's callback report it:
     * {@code {"appUuid","sourceVersion","decision","reasons"}}, {@code decision} null when there is none.
     */
    public static Map<String, Object> decided(ApplicationRecord record) {
        Map<String, Object> out = ids(record);
        putDecision(out, record);
        return out;
    }

    /** RecordFailure's answer when it recorded nothing: the upload was replaced by a newer one. */
    public static Map<String, Object> superseded(ApplicationId id, String sourceVersion) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(APP_UUID, id.value());
        out.put(SOURCE_VERSION, sourceVersion);
        out.put("decision", null);
        out.put("reasons", List.of());
        out.put("superseded", true);
        return out;
    }

    /** {@code payload} as a JSON document, for a task-token callback. */
    public static String json(ObjectMapper json, Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a payload of strings, booleans and lists always serialises", e);
        }
    }

    /** The application an input names, for log lines and messages: its id, or {@value #UNKNOWN}. */
    static String subject(Map<String, Object> input) {
        if (input == null) {
            return UNKNOWN;
        }
        if (input.get(APP_UUID) instanceof String id && ApplicationId.isValid(id)) {
            return id;
        }
        if (input.get(KEY) instanceof String key && !key.isBlank()) {
            return applicationOf(new PackageRef(key, "unknown")).value();
        }
        return UNKNOWN;
    }

    private static Map<String, Object> checked(StepResult result, boolean passed) {
        Map<String, Object> out = ids(result.record());
        out.put("passed", passed);
        out.put("duplicate", result.duplicate());
        return out;
    }

    private static Map<String, Object> ids(ApplicationRecord record) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(APP_UUID, record.id().value());
        out.put(SOURCE_VERSION, record.sourceVersion());
        return out;
    }

    private static void putDecision(Map<String, Object> out, ApplicationRecord record) {
        Optional<KycDecision> decision = record.decision();
        out.put("decision", decision.map(d -> d.outcome().name()).orElse(null));
        out.put("reasons", decision.map(d -> d.reasons().stream().map(DecisionReason::name).toList())
                .orElse(List.of()));
    }

    private static String text(Map<String, Object> input, String field) {
        if (input == null) {
            throw new IllegalArgumentException("no input");
        }
        Object value = input.get(field);
        if (value == null) {
            throw new IllegalArgumentException("field " + field + " is missing");
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("field " + field + " must be a string");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("field " + field + " is blank");
        }
        return text;
    }
}
