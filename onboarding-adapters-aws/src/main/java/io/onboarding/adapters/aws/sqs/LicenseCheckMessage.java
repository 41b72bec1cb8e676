package io.onboarding.adapters.aws.sqs;

import io.onboarding.domain.port.LicenseCheckRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * One queued licence check as read from its message: the request, and the workflow's task token when an execution
 * waits for the answer ({@code task_token}; absent in messages of the S3-triggered document function). Prints
 * neither the licence number nor the token.
 */
public record LicenseCheckMessage(LicenseCheckRequest request, Optional<String> taskToken) {
    public LicenseCheckMessage {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(taskToken, "taskToken");
        if (taskToken.isPresent() && taskToken.get().isBlank()) {
            throw new IllegalArgumentException("task token is blank");
        }
    }

    @Override
    public String toString() {
        return "LicenseCheckMessage[" + request + ", taskToken=" + (taskToken.isPresent() ? "***" : "none") + "]";
    }
}
