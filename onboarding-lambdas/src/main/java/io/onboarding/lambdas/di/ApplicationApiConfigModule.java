package io.onboarding.lambdas.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.onboarding.lambdas.config.ApplicationApiConfig;
import io.onboarding.lambdas.config.FunctionConfig;
import java.time.Duration;
import javax.inject.Named;

/** ApplicationApiFunction's configuration as {@link FunctionConfigModule} and the adapter modules read it. */
@Module(includes = FunctionConfigModule.class)
public interface ApplicationApiConfigModule {
    @Binds
    FunctionConfig functionConfig(ApplicationApiConfig config);

    @Provides
    @Named("bucket")
    static String bucket(ApplicationApiConfig config) {
        return config.bucket();
    }

    @Provides
    @Named("uploadLinkExpiry")
    static Duration uploadLinkExpiry(ApplicationApiConfig config) {
        return config.uploadLinkExpiry();
    }
}
