package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.sqs.SqsLicenseCheckQueue;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.lambdas.config.DocumentConfig;
import javax.inject.Singleton;

/** Publishes {@link LicenseCheckQueue} backed by the SQS queue LicenseQueue. */
@Module
public final class SqsModule {
    private SqsModule() {
    }

    @Provides
    @Singleton
    static LicenseCheckQueue licenseCheckQueue(AwsClientFactory aws, DocumentConfig config, ObjectMapper json) {
        return new SqsLicenseCheckQueue(aws.sqs(), config.queueUrl(), json);
    }
}
