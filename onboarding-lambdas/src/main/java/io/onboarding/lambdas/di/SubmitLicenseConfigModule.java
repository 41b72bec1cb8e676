package io.onboarding.lambdas.di;

import dagger.Binds;
import dagger.Module;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import io.onboarding.lambdas.config.FunctionConfig;

/** SubmitLicenseLambdaFunction's configuration as the shared {@link FunctionConfigModule} reads it. */
@Module(includes = FunctionConfigModule.class)
public interface SubmitLicenseConfigModule {
    @Binds
    FunctionConfig functionConfig(SubmitLicenseConfig config);
}
