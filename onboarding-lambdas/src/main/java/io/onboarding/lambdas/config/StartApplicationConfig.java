package io.onboarding.lambdas.config;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Configuration of StartApplicationFunction, read once at INIT from its environment and validated there.
 *
 * @param region          the function's AWS region ({@code AWS_REGION}, set by Lambda)
 * @param bucket          the document bucket ({@code DOCUMENT_BUCKET}); events of other buckets are ignored
 * @param stateMachineArn the ApplicationStateMachine to start ({@code STATE_MACHINE_ARN})
 */
public record StartApplicationConfig(String region, String bucket, String stateMachineArn) {
    public static final String AWS_REGION = "AWS_REGION";
    public static final String DOCUMENT_BUCKET = "DOCUMENT_BUCKET";
    public static final String STATE_MACHINE_ARN = "STATE_MACHINE_ARN";
    private static final Pattern STATE_MACHINE = Pattern.compile(
            "arn:aws[a-z-]*:states:[a-z0-9-]+:\\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}");

    public StartApplicationConfig {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(stateMachineArn, "stateMachineArn");
        if (!STATE_MACHINE.matcher(stateMachineArn).matches()) {
            throw new ConfigurationException("environment variable " + STATE_MACHINE_ARN
                    + " must be a Step Functions state machine ARN, was '" + stateMachineArn + "'");
        }
    }

    /** The function's name in the template, as its log lines carry it. */
    public String functionName() {
        return "StartApplicationFunction";
    }

    /** Reads the process environment. */
    public static StartApplicationConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads the given variables; fails naming the first missing or invalid one. */
    public static StartApplicationConfig from(Map<String, String> variables) {
        var env = new EnvironmentReader(variables);
        return new StartApplicationConfig(env.required(AWS_REGION), env.required(DOCUMENT_BUCKET),
                env.required(STATE_MACHINE_ARN));
    }
}
