package io.onboarding.lambdas.metrics;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;

/**
 * Writes CloudWatch embedded-metric-format (EMF) lines: one JSON object per line, per measurement, in the namespace
 * {@value #NAMESPACE}. A measurement has one dimension and is also published without it when asked, so that a sum
 * over every value of the dimension can be graphed and alarmed on. Metric and dimension names must be identifiers and
 * dimension values codes or step names ({@code [A-Za-z][A-Za-z0-9_]*}, at most 64 characters): free text, dates and
 * numbers, and so most personal data, are refused, and nothing needs escaping.
 */
public final class EmbeddedMetrics {
    public static final String NAMESPACE = "Onboarding";

    private static final int MAX_LENGTH = 64;

    /** The CloudWatch units this project uses. */
    public enum Unit {
        COUNT("Count"),
        MILLISECONDS("Milliseconds");

        private final String cloudWatchName;

        Unit(String cloudWatchName) {
            this.cloudWatchName = cloudWatchName;
        }

        /** The unit as CloudWatch spells it. */
        public String cloudWatchName() {
            return cloudWatchName;
        }
    }

    private final PrintStream out;
    private final Clock clock;

    public EmbeddedMetrics(PrintStream out, Clock clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes one measurement of {@code metric}, with {@code dimension} = {@code value}; {@code alsoOverall} publishes
     * it under no dimension as well.
     *
     * @throws IllegalArgumentException when a name is not an identifier or the value not a code
     */
    public void put(String metric, Unit unit, long amount, String dimension, String value, boolean alsoOverall) {
        requireIdentifier(metric, false, "metric name");
        requireIdentifier(dimension, false, "dimension name");
        requireIdentifier(value, true, "dimension value");
        Objects.requireNonNull(unit, "unit");
        if (dimension.equals(metric) || dimension.equals("_aws")) {
            throw new IllegalArgumentException("a dimension cannot share the metric's name");
        }
        var line = new StringBuilder(256)
                .append("{\"_aws\":{\"Timestamp\":").append(clock.millis())
                .append(",\"CloudWatchMetrics\":[{\"Namespace\":\"").append(NAMESPACE)
                .append("\",\"Dimensions\":[[\"").append(dimension).append("\"]")
                .append(alsoOverall ? ",[]" : "")
                .append("],\"Metrics\":[{\"Name\":\"").append(metric)
                .append("\",\"Unit\":\"").append(unit.cloudWatchName()).append("\"}]}]},\"")
                .append(dimension).append("\":\"").append(value).append("\",\"")
                .append(metric).append("\":").append(amount).append('}');
        out.println(line);
    }

    /**
     * Checks {@code [A-Za-z][A-Za-z0-9]*} ({@code _} allowed too when {@code underscores}), at most 64 characters.
     * A loop rather than a regular expression: compiling one would cost every cold start.
     */
    private static void requireIdentifier(String text, boolean underscores, String what) {
        boolean valid = text != null && !text.isEmpty() && text.length() <= MAX_LENGTH && isAsciiLetter(text.charAt(0));
        for (int i = 1; valid && i < text.length(); i++) {
            char c = text.charAt(i);
            valid = isAsciiLetter(c) || (c >= '0' && c <= '9') || (underscores && c == '_');
        }
        if (!valid) {
            throw new IllegalArgumentException("a " + what + " must be a letter followed by letters or digits"
                    + (underscores ? " or underscores" : "") + ", at most " + MAX_LENGTH + " characters");
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
