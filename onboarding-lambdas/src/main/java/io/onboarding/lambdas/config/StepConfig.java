package io.onboarding.lambdas.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration of one Lambda function of the application workflow, read once at INIT from its environment and
 * validated there. Every step needs {@code AWS_REGION} (set by Lambda) and {@code TABLE_NAME}, and the decision
 * settings ({@link DecisionConfig}, optional); each needs only the resources it uses, the same variables as
 * DocumentLambdaFunction's: see {@link Step}. A function asked for a resource it was not configured with fails
 * naming the variable.
 */
public final class StepConfig implements FunctionConfig {
    public static final String AWS_REGION = "AWS_REGION";
    public static final String DOCUMENT_BUCKET = "DOCUMENT_BUCKET";
    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String TOPIC_ARN = "TOPIC_ARN";
    public static final String LICENSE_QUEUE_URL = "LICENSE_QUEUE_URL";

    /** The workflow's step functions, with their template names and the variables each requires. */
    public enum Step {
        RECEIVE_PACKAGE("ReceivePackageFunction", DOCUMENT_BUCKET, TOPIC_ARN),
        CHECK_FACE("CheckFaceFunction", DOCUMENT_BUCKET),
        CHECK_DETAILS("CheckDetailsFunction", DOCUMENT_BUCKET),
        DECIDE("DecideFunction", TOPIC_ARN, LICENSE_QUEUE_URL),
        RECORD_FAILURE("RecordFailureFunction", TOPIC_ARN);

        private final String functionName;
        private final List<String> requires;

        Step(String functionName, String... requires) {
            this.functionName = functionName;
            this.requires = List.of(requires);
        }

        public String functionName() {
            return functionName;
        }

        /** The variables this step needs besides {@code AWS_REGION} and {@code TABLE_NAME}. */
        public List<String> requires() {
            return requires;
        }
    }

    private final Step step;
    private final String region;
    private final String tableName;
    private final Map<String, String> resources;
    private final DecisionConfig decisions;

    private StepConfig(Step step, String region, String tableName, Map<String, String> resources,
                       DecisionConfig decisions) {
        this.step = Objects.requireNonNull(step, "step");
        this.region = Objects.requireNonNull(region, "region");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.resources = Map.copyOf(resources);
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /** Reads the process environment. */
    public static StepConfig fromEnvironment(Step step) {
        return from(step, System.getenv());
    }

    /** Reads the given variables; fails naming the first missing or invalid one. */
    public static StepConfig from(Step step, Map<String, String> variables) {
        var env = new EnvironmentReader(variables);
        String region = env.required(AWS_REGION);
        String table = env.required(TABLE_NAME);
        var resources = new HashMap<String, String>();
        for (String name : List.of(DOCUMENT_BUCKET, TOPIC_ARN, LICENSE_QUEUE_URL)) {
            Optional<String> value = step.requires().contains(name) ? Optional.of(env.required(name))
                    : env.optional(name);
            value.ifPresent(v -> resources.put(name, v));
        }
        return new StepConfig(step, region, table, resources, DecisionConfig.from(env));
    }

    public Step step() {
        return step;
    }

    @Override
    public String functionName() {
        return step.functionName();
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public String tableName() {
        return tableName;
    }

    /** The document bucket ({@code DOCUMENT_BUCKET}). */
    public String bucket() {
        return resource(DOCUMENT_BUCKET);
    }

    /** The notification topic ({@code TOPIC_ARN}). */
    @Override
    public String topicArn() {
        return resource(TOPIC_ARN);
    }

    /** The licence-check queue ({@code LICENSE_QUEUE_URL}). */
    public String queueUrl() {
        return resource(LICENSE_QUEUE_URL);
    }

    @Override
    public DecisionConfig decisions() {
        return decisions;
    }

    private String resource(String variable) {
        String value = resources.get(variable);
        if (value == null) {
            throw new ConfigurationException("environment variable " + variable + " is not set for "
                    + step.functionName());
        }
        return value;
    }

    @Override
    public String toString() {
        return "StepConfig[" + step.functionName() + ", region=" + region + ", table=" + tableName + ", " + resources
                + "]";
    }
}
