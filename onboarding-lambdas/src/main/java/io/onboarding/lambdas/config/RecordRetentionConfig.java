package io.onboarding.lambdas.config;

import java.util.Map;

/**
 * How many years an application's record is kept after its upload was received ({@code RECORD_RETENTION_YEARS},
 * default {@value #DEFAULT_YEARS}, a positive whole number), read once at INIT by whichever function stores records.
 * The table's time-to-live deletes a record some time after that.
 */
public record RecordRetentionConfig(int years) {
    public static final String RECORD_RETENTION_YEARS = "RECORD_RETENTION_YEARS";
    public static final int DEFAULT_YEARS = 5;

    public RecordRetentionConfig {
        if (years < 1) {
            throw new IllegalArgumentException("record retention must be at least one year, was " + years);
        }
    }

    /** Reads the process environment. */
    public static RecordRetentionConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads the given variables; fails naming the variable when its value is not a positive integer. */
    public static RecordRetentionConfig from(Map<String, String> variables) {
        return new RecordRetentionConfig(new EnvironmentReader(variables).positiveInt(RECORD_RETENTION_YEARS,
                DEFAULT_YEARS));
    }
}
