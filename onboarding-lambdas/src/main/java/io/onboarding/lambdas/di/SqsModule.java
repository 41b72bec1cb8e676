package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.sqs.SqsLicenseCheckQueue;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.lambdas.workflow.LicenseChecksForTask;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Publishes {@link LicenseCheckQueue} backed by the SQS queue LicenseQueue, and {@link LicenseChecksForTask}, the same
 * queue carrying a workflow task's token.
 */
@Module
public final class SqsModule {
    private SqsModule() {
    }

    @Provides
    @Singleton
    static SqsLicenseCheckQueue sqsLicenseCheckQueue(AwsClientFactory aws, @Named("licenseQueueUrl") String queueUrl,
                                                     ObjectMapper json) {
        return new SqsLicenseCheckQueue(aws.sqs(), queueUrl, json);
    }

    @Provides
    static LicenseCheckQueue licenseCheckQueue(SqsLicenseCheckQueue queue) {
        return queue;
    }

    @Provides
    static LicenseChecksForTask licenseChecksForTask(SqsLicenseCheckQueue queue) {
        return queue::withTaskToken;
    }
}
