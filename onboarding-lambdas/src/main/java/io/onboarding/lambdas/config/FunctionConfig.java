package io.onboarding.lambdas.config;

/**
 * What the two functions that record decisions share in their configuration: their name, region, table, topic and
 * decision settings. Lets one Dagger module publish these for either function.
 */
public interface FunctionConfig {
    /** The function's name in the template, as its log lines carry it. */
    String functionName();

    String region();

    String tableName();

    String topicArn();

    DecisionConfig decisions();
}
