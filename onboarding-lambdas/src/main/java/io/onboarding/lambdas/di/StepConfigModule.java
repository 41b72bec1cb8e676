package io.onboarding.lambdas.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.onboarding.lambdas.config.FunctionConfig;
import io.onboarding.lambdas.config.StepConfig;
import javax.inject.Named;

/** A workflow step function's configuration as {@link FunctionConfigModule} and the adapter modules read it. */
@Module(includes = FunctionConfigModule.class)
public interface StepConfigModule {
    @Binds
    FunctionConfig functionConfig(StepConfig config);

    @Provides
    @Named("bucket")
    static String bucket(StepConfig config) {
        return config.bucket();
    }

    @Provides
    @Named("licenseQueueUrl")
    static String licenseQueueUrl(StepConfig config) {
        return config.queueUrl();
    }
}
