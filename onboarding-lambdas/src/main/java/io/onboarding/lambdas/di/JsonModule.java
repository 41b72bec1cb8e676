package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;

/** Publishes the one Jackson {@link ObjectMapper} of a function. */
@Module
public final class JsonModule {
    private JsonModule() {
    }

    @Provides
    @Singleton
    static ObjectMapper objectMapper() {
        return new ObjectMapper();
    }
}
