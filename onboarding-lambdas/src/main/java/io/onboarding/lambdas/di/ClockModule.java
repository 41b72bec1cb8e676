package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;

/** Publishes the system UTC {@link Clock} (tests install a fixed one). */
@Module
public final class ClockModule {
    private ClockModule() {
    }

    @Provides
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }
}
