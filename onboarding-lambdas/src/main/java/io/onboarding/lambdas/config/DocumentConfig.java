package io.onboarding.lambdas.config;

import java.util.Map;
import java.util.Objects;

/**
 * Configuration of DocumentLambdaFunction, read once at INIT from its environment and validated there.
 *
 * @param region    the function's AWS region ({@code AWS_REGION}, set by Lambda)
 * @param bucket    the document bucket ({@code DOCUMENT_BUCKET}); events from other buckets are ignored
 * @param tableName the applicant table ({@code TABLE_NAME})
 * @param topicArn  the notification topic ({@code TOPIC_ARN})
 * @param queueUrl  the licence-check queue ({@code LICENSE_QUEUE_URL})
 * @param decisions the policy and options (optional variables, see {@link DecisionConfig})
 */
public record DocumentConfig(String region, String bucket, String tableName, String topicArn, String queueUrl,
                             DecisionConfig decisions) implements FunctionConfig {
    public static final String AWS_REGION = "AWS_REGION";
    public static final String DOCUMENT_BUCKET = "DOCUMENT_BUCKET";
    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String TOPIC_ARN = "TOPIC_ARN";
    public static final String LICENSE_QUEUE_URL = "LICENSE_QUEUE_URL";

    public DocumentConfig {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(queueUrl, "queueUrl");
        Objects.requireNonNull(decisions, "decisions");
    }

    @Override
    public String functionName() {
        return "DocumentLambdaFunction";
    }

    /** Reads the process environment. */
    public static DocumentConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads the given variables; fails naming the first missing or invalid one. */
    public static DocumentConfig from(Map<String, String> variables) {
        var env = new EnvironmentReader(variables);
        return new DocumentConfig(env.required(AWS_REGION), env.required(DOCUMENT_BUCKET), env.required(TABLE_NAME),
                env.required(TOPIC_ARN), env.required(LICENSE_QUEUE_URL), DecisionConfig.from(env));
    }
}
