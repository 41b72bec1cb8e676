package io.onboarding.adapters.aws.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.model.LicenseValidation;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The licence validator's wire contract, one for both sides: {@link HttpLicenseValidator} writes the request and
 * reads the answer, the validator function (ValidateLicenseLambdaFunction) reads the request and writes the answer.
 * The request is {@code {"driver_license_id": "...", "validation_override": true}}; the answer is a bare JSON
 * boolean. Reading never guesses: a body that is not exactly that is a {@link Problem} with a fixed text naming the
 * field, never quoting the body. Jackson and the JDK only, so the validator function loads no AWS SDK class.
 */
public final class LicenseValidationWire {
    /** The longest request body read, in characters; a licence number is a few dozen. */
    public static final int MAX_REQUEST_CHARS = 4096;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private LicenseValidationWire() {
    }

    /** What reading a request body gave: a {@link Request} or the {@link Problem} that made it unusable. */
    public sealed interface RequestRead permits Request, Problem {
    }

    /** A validation request: a non-blank licence number and the test override. Prints no licence number. */
    public record Request(String driverLicenseId, boolean validationOverride) implements RequestRead {
        public Request {
            Objects.requireNonNull(driverLicenseId, "driverLicenseId");
            if (driverLicenseId.isBlank()) {
                throw new IllegalArgumentException("driver_license_id is blank");
            }
        }

        @Override
        public String toString() {
            return "Request[driverLicenseId=***, validationOverride=" + validationOverride + "]";
        }
    }

    /** Why a request body was refused: one of the fixed texts of this class, never request content. */
    public record Problem(String text) implements RequestRead {
        static final Problem MISSING = new Problem("request body is missing");
        static final Problem NOT_BASE64 = new Problem("request body is not valid base64");
        static final Problem TOO_LARGE = new Problem("request body is too large");
        static final Problem NOT_JSON = new Problem("request body is not JSON");
        static final Problem NOT_AN_OBJECT = new Problem("request body must be a JSON object");
        static final Problem BAD_LICENCE_ID = new Problem("driver_license_id must be a non-blank string");
        static final Problem BAD_OVERRIDE = new Problem("validation_override must be a boolean");

        public Problem {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The request body, compact, with the original system's key order. */
    public static String writeRequest(Request request) {
        Objects.requireNonNull(request, "request");
        return write(JSON.createObjectNode()
                .put("driver_license_id", request.driverLicenseId())
                .put("validation_override", request.validationOverride()));
    }

    /** Reads a request body that the transport delivered base64-encoded (API Gateway may, for any body). */
    public static RequestRead readBase64Request(String body) {
        if (body == null || body.isBlank()) {
            return Problem.MISSING;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException notBase64) {
            return Problem.NOT_BASE64;
        }
        return readRequest(new String(decoded, StandardCharsets.UTF_8));
    }

    /** Reads a request body. */
    public static RequestRead readRequest(String body) {
        if (body == null || body.isBlank()) {
            return Problem.MISSING;
        }
        if (body.length() > MAX_REQUEST_CHARS) {
            return Problem.TOO_LARGE;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return Problem.NOT_JSON;
        }
        if (root == null || !root.isObject()) {
            return Problem.NOT_AN_OBJECT;
        }
        JsonNode id = root.get("driver_license_id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return Problem.BAD_LICENCE_ID;
        }
        JsonNode override = root.get("validation_override");
        if (override == null || !override.isBoolean()) {
            return Problem.BAD_OVERRIDE;
        }
        return new Request(id.asText(), override.booleanValue());
    }

    /** The answer body: {@code true} or {@code false}. */
    public static String writeAnswer(LicenseValidation validation) {
        return Boolean.toString(validation.isValid());
    }

    /** The validation an answer body states, or empty when the body is not exactly one JSON boolean. */
    public static Optional<LicenseValidation> readAnswer(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode answer = JSON.readTree(body);
            // a JSON string "true" (what an API Gateway REST proxy would need) is deliberately not accepted
            return answer != null && answer.isBoolean()
                    ? Optional.of(LicenseValidation.of(answer.booleanValue()))
                    : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    /** The body of a refusal: {@code {"error": "<the problem's text>"}}. The client reads only the status. */
    public static String writeProblem(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        return write(JSON.createObjectNode().put("error", problem.text()));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
