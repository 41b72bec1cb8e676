package io.onboarding.cli.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded AWS JSON answer read from a file: the body as recorded, and the AWS error type when it is an error
 * ({@code {"__type": "...", "Message": "..."}}). Only its shape is checked here; the SDK unmarshals the values.
 */
final class RecordedResponse {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] body;
    private final Optional<String> errorType;

    private RecordedResponse(byte[] body, Optional<String> errorType) {
        this.body = body;
        this.errorType = errorType;
    }

    /**
     * Reads a recorded answer of {@code operation} and checks that it has at least one of {@code expectedMembers}
     * (or is an AWS error), so that an answer of another operation is not silently read as an empty one.
     *
     * @throws IllegalArgumentException when the file is missing, unreadable, not JSON or not such an answer
     */
    static RecordedResponse read(Path file, String operation, List<String> expectedMembers) {
        Objects.requireNonNull(file, "file");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the recorded " + operation + " response " + file
                    + " is not a regular file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the recorded " + operation + " response " + file, e);
        }
        JsonNode json;
        try {
            json = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the recorded " + operation + " response " + file + " is not JSON", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the recorded " + operation + " response " + file, e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the recorded " + operation + " response " + file
                    + " is not a JSON object");
        }
        JsonNode type = json.get("__type");
        if (type != null && type.isTextual()) {
            String name = type.asText();
            return new RecordedResponse(bytes, Optional.of(name.substring(name.lastIndexOf('#') + 1)));
        }
        if (expectedMembers.stream().noneMatch(json::has)) {
            throw new IllegalArgumentException("the file " + file + " is not a recorded " + operation
                    + " response (AWS JSON wire format, with " + String.join(" or ", expectedMembers) + ")");
        }
        return new RecordedResponse(bytes, Optional.empty());
    }

    byte[] body() {
        return body.clone();
    }

    Optional<String> errorType() {
        return errorType;
    }
}
