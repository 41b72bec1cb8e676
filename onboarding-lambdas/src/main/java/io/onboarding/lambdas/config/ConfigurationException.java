package io.onboarding.lambdas.config;

/** A function's configuration is missing or invalid. The message names the environment variable at fault. */
public final class ConfigurationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ConfigurationException(String message) {
        super(message);
    }
}
