package io.onboarding.adapters.aws.sqs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.LicenseCheckRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The queued licence check's message body, compatible with the original system:
 * {@code {"driver_license_id":"…","validation_override":true,"uuid":"…"}}, keys in that order, followed by
 * {@code "task_token":"…"} when a workflow execution waits for the answer (the original system's consumers never
 * see that key: the workflow's queue is read by our own function). Parsing is strict: exactly those three fields
 * and the optional token with those JSON types, or an {@link IllegalArgumentException} naming the field (never a
 * value, since the licence number is personal data and the token a credential).
 */
public final class LicenseCheckMessages {
    static final String DRIVER_LICENSE_ID = "driver_license_id";
    static final String VALIDATION_OVERRIDE = "validation_override";
    static final String UUID = "uuid";
    static final String TASK_TOKEN = "task_token";
    private static final Set<String> FIELDS = Set.of(DRIVER_LICENSE_ID, VALIDATION_OVERRIDE, UUID, TASK_TOKEN);
    private static final Pattern PRINTABLE_FIELD_NAME = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private LicenseCheckMessages() {
    }

    /** The message body for {@code request}: the original system's three keys. */
    public static String format(LicenseCheckRequest request) {
        return format(request, Optional.empty(), STRICT.getFactory());
    }

    /** The message body for {@code request} with the task token of the workflow execution waiting for the answer. */
    public static String format(LicenseCheckRequest request, String taskToken) {
        return format(request, Optional.of(taskToken), STRICT.getFactory());
    }

    /** Writes with {@code factory}'s generator directly, so no mapper setting (indentation) can change the body. */
    static String format(LicenseCheckRequest request, Optional<String> taskToken, JsonFactory factory) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(taskToken, "taskToken");
        if (taskToken.isPresent() && taskToken.get().isBlank()) {
            throw new IllegalArgumentException("task token is blank");
        }
        var out = new StringWriter();
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField(DRIVER_LICENSE_ID, request.driverLicenseId());
            json.writeBooleanField(VALIDATION_OVERRIDE, request.validationOverride());
            json.writeStringField(UUID, request.applicationId().value());
            if (taskToken.isPresent()) {
                json.writeStringField(TASK_TOKEN, taskToken.get());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Reads a message body.
     *
     * @throws IllegalArgumentException when the body is not one JSON object with exactly the three fields and at
     *                                  most a task token, each of the right type, with a non-blank licence number,
     *                                  a valid application id and a non-blank token
     */
    public static LicenseCheckMessage parse(String body) {
        Objects.requireNonNull(body, "body");
        JsonNode message = readObject(body);
        for (Iterator<String> names = message.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("unexpected field "
                        + (PRINTABLE_FIELD_NAME.matcher(name).matches() ? name : "with an unprintable name"));
            }
        }
        JsonNode licenseId = required(message, DRIVER_LICENSE_ID);
        if (!licenseId.isTextual()) {
            throw new IllegalArgumentException("field " + DRIVER_LICENSE_ID + " must be a string");
        }
        if (licenseId.textValue().isBlank()) {
            throw new IllegalArgumentException("field " + DRIVER_LICENSE_ID + " is blank");
        }
        JsonNode override = required(message, VALIDATION_OVERRIDE);
        if (!override.isBoolean()) {
            throw new IllegalArgumentException("field " + VALIDATION_OVERRIDE + " must be a boolean");
        }
        JsonNode uuid = required(message, UUID);
        if (!uuid.isTextual()) {
            throw new IllegalArgumentException("field " + UUID + " must be a string");
        }
        if (!ApplicationId.isValid(uuid.textValue())) {
            throw new IllegalArgumentException("field " + UUID + " is not a valid application id");
        }
        Optional<String> taskToken = Optional.empty();
        JsonNode token = message.get(TASK_TOKEN);
        if (token != null) {
            if (!token.isTextual()) {
                throw new IllegalArgumentException("field " + TASK_TOKEN + " must be a string");
            }
            if (token.textValue().isBlank()) {
                throw new IllegalArgumentException("field " + TASK_TOKEN + " is blank");
            }
            taskToken = Optional.of(token.textValue());
        }
        return new LicenseCheckMessage(new LicenseCheckRequest(licenseId.textValue(), override.booleanValue(),
                ApplicationId.of(uuid.textValue())), taskToken);
    }

    private static JsonNode readObject(String body) {
        JsonNode message;
        try {
            message = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the offending text: report only where it is
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("body is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (message == null || !message.isObject()) {
            throw new IllegalArgumentException("body is not a JSON object");
        }
        return message;
    }

    private static JsonNode required(JsonNode message, String field) {
        JsonNode value = message.get(field);
        if (value == null) {
            throw new IllegalArgumentException("field " + field + " is missing");
        }
        return value;
    }
}
