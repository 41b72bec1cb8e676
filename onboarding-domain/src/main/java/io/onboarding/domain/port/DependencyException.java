package io.onboarding.domain.port;

import java.util.Objects;

/**
 * A dependency behind a port failed (a storage, comparison, reading, messaging or validation service). Permanent
 * unless it is a {@link TransientDependencyException}: retrying the same call will not help. Messages name the
 * dependency and the operation, never personal data.
 */
public class DependencyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String dependency;

    public DependencyException(String dependency, String message, Throwable cause) {
        super(Objects.requireNonNull(dependency, "dependency") + ": " + message, cause);
        this.dependency = dependency;
    }

    public DependencyException(String dependency, String message) {
        this(dependency, message, null);
    }

    /** Short name of the failing dependency, such as {@code rekognition} or {@code license-validator}. */
    public String dependency() {
        return dependency;
    }

    /** Whether calling again later may succeed. */
    public boolean isRetryable() {
        return false;
    }
}
