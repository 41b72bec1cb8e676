package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import io.onboarding.lambdas.config.StartApplicationConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes what StartApplicationFunction's configuration gives the shared modules: the region, and its log. */
@Module
public final class StartApplicationConfigModule {
    private StartApplicationConfigModule() {
    }

    @Provides
    @Named("region")
    static String region(StartApplicationConfig config) {
        return config.region();
    }

    @Provides
    @Singleton
    static DecisionLog decisionLog(ObjectMapper json, StartApplicationConfig config) {
        return new DecisionLog(json, System.out, config.functionName());
    }
}
