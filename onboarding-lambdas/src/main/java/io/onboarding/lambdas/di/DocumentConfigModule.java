package io.onboarding.lambdas.di;

import dagger.Binds;
import dagger.Module;
import io.onboarding.lambdas.config.DocumentConfig;
import io.onboarding.lambdas.config.FunctionConfig;

/** DocumentLambdaFunction's configuration as the shared {@link FunctionConfigModule} reads it. */
@Module(includes = FunctionConfigModule.class)
public interface DocumentConfigModule {
    @Binds
    FunctionConfig functionConfig(DocumentConfig config);
}
