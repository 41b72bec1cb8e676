package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.FunctionConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes the pieces of a function's {@link FunctionConfig} that shared modules need, and the function's log. */
@Module
public final class FunctionConfigModule {
    private FunctionConfigModule() {
    }

    @Provides
    @Named("region")
    static String region(FunctionConfig config) {
        return config.region();
    }

    @Provides
    @Named("tableName")
    static String tableName(FunctionConfig config) {
        return config.tableName();
    }

    @Provides
    @Named("topicArn")
    static String topicArn(FunctionConfig config) {
        return config.topicArn();
    }

    @Provides
    static DecisionConfig decisions(FunctionConfig config) {
        return config.decisions();
    }

    @Provides
    @Singleton
    static DecisionLog decisionLog(ObjectMapper json, FunctionConfig config) {
        return new DecisionLog(json, System.out, config.functionName());
    }
}
