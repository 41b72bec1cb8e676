package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.DocumentConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes the pieces of {@link DocumentConfig} that shared modules need, and the function's log. */
@Module
public final class DocumentConfigModule {
    private DocumentConfigModule() {
    }

    @Provides
    @Named("region")
    static String region(DocumentConfig config) {
        return config.region();
    }

    @Provides
    @Named("tableName")
    static String tableName(DocumentConfig config) {
        return config.tableName();
    }

    @Provides
    @Named("topicArn")
    static String topicArn(DocumentConfig config) {
        return config.topicArn();
    }

    @Provides
    static DecisionConfig decisions(DocumentConfig config) {
        return config.decisions();
    }

    @Provides
    @Singleton
    static DecisionLog decisionLog(ObjectMapper json) {
        return new DecisionLog(json, System.out, "DocumentLambdaFunction");
    }
}
