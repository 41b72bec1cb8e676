package io.onboarding.adapters.aws.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.model.LicenseValidation;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The validator's wire contract: a JSON request {@code {"driver_license_id": "...", "validation_override": true}}
 * and a bare JSON boolean as the answer. Anything else is not an answer: we never guess.
 */
final class ValidatorProtocol {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ValidatorProtocol() {
    }

    static String requestBody(String driverLicenseId, boolean validationOverride) {
        try {
            return JSON.writeValueAsString(JSON.createObjectNode()
                    .put("driver_license_id", driverLicenseId)
                    .put("validation_override", validationOverride));
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** The validation a 2xx body states, or empty when the body is not exactly one JSON boolean. */
    static Optional<LicenseValidation> parseAnswer(String body) {
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
}
