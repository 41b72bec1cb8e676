package io.onboarding.lambdas.metrics;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes CloudWatch embedded-metric-format (EMF) lines: one JSON object per line, per measurement, in the namespace
 * {@value #NAMESPACE}. A measurement has one dimension and is also published without it when asked, so that a sum
 * over every value of the dimension can be graphed and alarmed on. Metric and dimension names must be identifiers and
 * dimension values codes or step names ({@code [A-Za-z][A-Za-z0-9_]*}, at most 64 characters): free text, dates and
 * numbers, and so most personal data, are refused, and nothing needs escaping.
 */
public final class EmbeddedMetrics {
    public static final String NAMESPACE = "Onboarding";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

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
        requireMatch(NAME, metric, "metric name");
        requireMatch(NAME, dimension, "dimension name");
        requireMatch(CODE, value, "dimension value");
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

    private static void requireMatch(Pattern pattern, String text, String what) {
        if (text == null || !pattern.matcher(text).matches()) {
            throw new IllegalArgumentException("a " + what + " must match " + pattern.pattern());
        }
    }
}
