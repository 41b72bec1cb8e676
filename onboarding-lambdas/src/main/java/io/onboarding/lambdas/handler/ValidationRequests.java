package io.onboarding.lambdas.handler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Parses the mock validator's HTTP request body: a JSON object with a non-blank string {@code driver_license_id}
 * and a boolean {@code validation_override}. Problems are fixed texts naming the field, never quoting the body.
 */
final class ValidationRequests {
    static final int MAX_BODY_BYTES = 4096;

    /** A validation request as the validator receives it. Holds a document number: prints none of it. */
    record Request(String driverLicenseId, boolean validationOverride) {
        @Override
        public String toString() {
            return "Request[driverLicenseId=***, validationOverride=" + validationOverride + "]";
        }
    }

    /** A parsed request, or the problem that made it unusable. */
    record Parsed(Optional<Request> request, String problem) {
    }

    private final ObjectMapper json;

    ValidationRequests(ObjectMapper json) {
        this.json = json;
    }

    Parsed parse(String body, boolean base64) {
        if (body == null || body.isBlank()) {
            return problem("request body is missing");
        }
        String text = body;
        if (base64) {
            try {
                text = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return problem("request body is not valid base64");
            }
        }
        if (text.length() > MAX_BODY_BYTES) {
            return problem("request body is too large");
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (java.io.IOException e) {
            return problem("request body is not JSON");
        }
        if (root == null || !root.isObject()) {
            return problem("request body must be a JSON object");
        }
        JsonNode id = root.get("driver_license_id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return problem("driver_license_id must be a non-blank string");
        }
        JsonNode override = root.get("validation_override");
        if (override == null || !override.isBoolean()) {
            return problem("validation_override must be a boolean");
        }
        return new Parsed(Optional.of(new Request(id.asText(), override.booleanValue())), "");
    }

    private static Parsed problem(String problem) {
        return new Parsed(Optional.empty(), problem);
    }
}
