package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes the pieces of {@link SubmitLicenseConfig} that shared modules need, and the function's log. */
@Module
public final class SubmitLicenseConfigModule {
    private SubmitLicenseConfigModule() {
    }

    @Provides
    @Named("region")
    static String region(SubmitLicenseConfig config) {
        return config.region();
    }

    @Provides
    @Named("tableName")
    static String tableName(SubmitLicenseConfig config) {
        return config.tableName();
    }

    @Provides
    @Named("topicArn")
    static String topicArn(SubmitLicenseConfig config) {
        return config.topicArn();
    }

    @Provides
    static DecisionConfig decisions(SubmitLicenseConfig config) {
        return config.decisions();
    }

    @Provides
    @Singleton
    static DecisionLog decisionLog(ObjectMapper json) {
        return new DecisionLog(json, System.out, "SubmitLicenseLambdaFunction");
    }
}
