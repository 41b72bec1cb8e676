package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.http.HttpLicenseValidator;
import io.onboarding.adapters.aws.http.SigV4Signing;
import io.onboarding.adapters.aws.support.AwsSettings;
import io.onboarding.domain.port.LicenseValidator;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import java.time.Clock;
import javax.inject.Singleton;

/**
 * Publishes {@link LicenseValidator} backed by the third-party validator's HTTP endpoint ({@code INVOKE_URL}), every
 * request signed with SigV4 for API Gateway's IAM authorisation, with the function's own credentials and region.
 */
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
    static LicenseValidator licenseValidator(SubmitLicenseConfig config, InvocationDeadline deadline,
            AwsSettings aws) {
        return new HttpLicenseValidator(config.validatorUrl(), HttpLicenseValidator.Settings.defaults()
                .withTimeouts(config.connectTimeout(), config.requestTimeout())
                .withRemainingMillis(deadline),
                SigV4Signing.forApiGateway(aws.credentialsProvider(), config.region()));
    }
}
