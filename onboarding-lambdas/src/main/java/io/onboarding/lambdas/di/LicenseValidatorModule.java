package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.http.HttpLicenseValidator;
import io.onboarding.domain.port.LicenseValidator;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import java.time.Clock;
import javax.inject.Singleton;

/** Publishes {@link LicenseValidator} backed by the third-party validator's HTTP endpoint ({@code INVOKE_URL}). */
@Module
public final class LicenseValidatorModule {
    private LicenseValidatorModule() {
    }

    @Provides
    @Singleton
    static InvocationDeadline invocationDeadline(Clock clock) {
        return new InvocationDeadline(clock);
    }

    @Provides
    @Singleton
    static LicenseValidator licenseValidator(SubmitLicenseConfig config, InvocationDeadline deadline) {
        return new HttpLicenseValidator(config.validatorUrl(), HttpLicenseValidator.Settings.defaults()
                .withTimeouts(config.connectTimeout(), config.requestTimeout())
                .withRemainingMillis(deadline));
    }
}
