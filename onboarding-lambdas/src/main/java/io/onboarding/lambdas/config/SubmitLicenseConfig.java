package io.onboarding.lambdas.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of SubmitLicenseLambdaFunction, read once at INIT from its environment and validated there.
 *
 * @param region           the function's AWS region ({@code AWS_REGION}, set by Lambda)
 * @param tableName        the applicant table ({@code TABLE_NAME})
 * @param topicArn         the notification topic ({@code TOPIC_ARN})
 * @param validatorUrl     the third-party validator's endpoint ({@code INVOKE_URL}, as in the original)
 * @param connectTimeout   connection timeout to the validator ({@code VALIDATOR_CONNECT_TIMEOUT_MS}, default 2000)
 * @param requestTimeout   per-request timeout ({@code VALIDATOR_REQUEST_TIMEOUT_MS}, default 5000)
 * @param decisions        the policy and options (optional variables, see {@link DecisionConfig})
 */
public record SubmitLicenseConfig(String region, String tableName, String topicArn, URI validatorUrl,
                                  Duration connectTimeout, Duration requestTimeout, DecisionConfig decisions)
        implements FunctionConfig {
    public static final String AWS_REGION = "AWS_REGION";
    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String TOPIC_ARN = "TOPIC_ARN";
    public static final String INVOKE_URL = "INVOKE_URL";
    public static final String VALIDATOR_CONNECT_TIMEOUT_MS = "VALIDATOR_CONNECT_TIMEOUT_MS";
    public static final String VALIDATOR_REQUEST_TIMEOUT_MS = "VALIDATOR_REQUEST_TIMEOUT_MS";

    public SubmitLicenseConfig {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(validatorUrl, "validatorUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(decisions, "decisions");
    }

    @Override
    public String functionName() {
        return "SubmitLicenseLambdaFunction";
    }

    /** Reads the process environment. */
    public static SubmitLicenseConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads the given variables; fails naming the first missing or invalid one. */
    public static SubmitLicenseConfig from(Map<String, String> variables) {
        var env = new EnvironmentReader(variables);
        return new SubmitLicenseConfig(env.required(AWS_REGION), env.required(TABLE_NAME), env.required(TOPIC_ARN),
                env.httpUri(INVOKE_URL),
                Duration.ofMillis(env.positiveInt(VALIDATOR_CONNECT_TIMEOUT_MS, 2000)),
                Duration.ofMillis(env.positiveInt(VALIDATOR_REQUEST_TIMEOUT_MS, 5000)),
                DecisionConfig.from(env));
    }
}
