package io.onboarding.domain.port;

/** A dependency failure that a later retry may cure: throttling, timeouts, 5xx answers, dropped connections. */
public class TransientDependencyException extends DependencyException {
    private static final long serialVersionUID = 1L;

    public TransientDependencyException(String dependency, String message, Throwable cause) {
        super(dependency, message, cause);
    }

    public TransientDependencyException(String dependency, String message) {
        super(dependency, message);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
