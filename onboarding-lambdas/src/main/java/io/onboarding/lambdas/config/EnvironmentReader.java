package io.onboarding.lambdas.config;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed, validated reads of environment variables. Every failure names the variable and what was expected, so a
 * misconfigured function fails at INIT with a message an operator can act on. Values are configuration, not
 * personal data, so quoting them is safe.
 */
final class EnvironmentReader {
    private final Map<String, String> variables;

    EnvironmentReader(Map<String, String> variables) {
        this.variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    }

    String required(String name) {
        return optional(name).orElseThrow(() ->
                new ConfigurationException("environment variable " + name + " is missing or blank"));
    }

    Optional<String> optional(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    double percent(String name, double fallback) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(raw.get());
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new ConfigurationException("environment variable " + name + " must be a number from 0 to 100, was '"
                + raw.get() + "'");
    }

    /** A number from {@code low} to {@code high}, for settings that are not percentages (degrees, say). */
    double number(String name, double fallback, double low, double high) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(raw.get());
            if (value >= low && value <= high) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new ConfigurationException("environment variable " + name + " must be a number from " + low + " to "
                + high + ", was '" + raw.get() + "'");
    }

    int positiveInt(String name, int fallback) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new ConfigurationException("environment variable " + name + " must be a positive integer, was '"
                + raw.get() + "'");
    }

    boolean bool(String name, boolean fallback) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException("environment variable " + name
                    + " must be true or false, was '" + raw.get() + "'");
        };
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("environment variable " + name + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", was '" + raw.get() + "'");
        }
    }

    URI httpUri(String name) {
        String raw = required(name);
        try {
            URI uri = new URI(raw);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below with the variable's name
        }
        throw new ConfigurationException("environment variable " + name + " must be an http(s) URL, was '"
                + raw + "'");
    }
}
