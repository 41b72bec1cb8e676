package io.onboarding.lambdas.config;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of ApplicationApiFunction (the bank's HTTP API: upload links, status, review, purge), read once at
 * INIT from its environment and validated there.
 *
 * @param region               the function's AWS region ({@code AWS_REGION}, set by Lambda)
 * @param bucket               the document bucket ({@code DOCUMENT_BUCKET}): upload links point into it, purges
 *                             delete from it
 * @param tableName            the applicant table ({@code TABLE_NAME})
 * @param topicArn             the notification topic ({@code TOPIC_ARN}), for the REVIEWED notification
 * @param uploadLinkExpiry     how long an upload link works ({@code UPLOAD_URL_TTL_SECONDS}, 1-3600, default 300)
 * @param decisions            the policy and options (optional variables, see {@link DecisionConfig})
 * @see RecordRetentionConfig the record retention, which the repository's module reads for every function
 */
public record ApplicationApiConfig(String region, String bucket, String tableName, String topicArn,
                                   Duration uploadLinkExpiry, DecisionConfig decisions)
        implements FunctionConfig {
    public static final String AWS_REGION = "AWS_REGION";
    public static final String DOCUMENT_BUCKET = "DOCUMENT_BUCKET";
    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String TOPIC_ARN = "TOPIC_ARN";
    public static final String UPLOAD_URL_TTL_SECONDS = "UPLOAD_URL_TTL_SECONDS";
    /** An upload link is for a client about to send its package, not one to keep. */
    static final int LONGEST_UPLOAD_LINK_SECONDS = 3600;

    public ApplicationApiConfig {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(uploadLinkExpiry, "uploadLinkExpiry");
        Objects.requireNonNull(decisions, "decisions");
        if (uploadLinkExpiry.toSeconds() > LONGEST_UPLOAD_LINK_SECONDS) {
            throw new ConfigurationException("environment variable " + UPLOAD_URL_TTL_SECONDS
                    + " must be at most " + LONGEST_UPLOAD_LINK_SECONDS + ", was " + uploadLinkExpiry.toSeconds());
        }
    }

    @Override
    public String functionName() {
        return "ApplicationApiFunction";
    }

    /** Reads the process environment. */
    public static ApplicationApiConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads the given variables; fails naming the first missing or invalid one. */
    public static ApplicationApiConfig from(Map<String, String> variables) {
        var env = new EnvironmentReader(variables);
        return new ApplicationApiConfig(env.required(AWS_REGION), env.required(DOCUMENT_BUCKET),
                env.required(TABLE_NAME), env.required(TOPIC_ARN),
                Duration.ofSeconds(env.positiveInt(UPLOAD_URL_TTL_SECONDS, 300)), DecisionConfig.from(env));
    }
}
