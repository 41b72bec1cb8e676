package io.onboarding.lambdas.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.onboarding.lambdas.config.DocumentConfig;
import io.onboarding.lambdas.config.FunctionConfig;
import javax.inject.Named;

/** DocumentLambdaFunction's configuration as {@link FunctionConfigModule} and the adapter modules read it. */
@Module(includes = FunctionConfigModule.class)
public interface DocumentConfigModule {
    @Binds
    FunctionConfig functionConfig(DocumentConfig config);

    @Provides
    @Named("bucket")
    static String bucket(DocumentConfig config) {
        return config.bucket();
    }

    @Provides
    @Named("licenseQueueUrl")
    static String licenseQueueUrl(DocumentConfig config) {
        return config.queueUrl();
    }
}
