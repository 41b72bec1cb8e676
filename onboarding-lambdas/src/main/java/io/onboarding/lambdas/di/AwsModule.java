package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.support.AwsSettings;
import javax.inject.Named;
import javax.inject.Singleton;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Publishes the {@link AwsClientFactory} for the function's region, with the credentials Lambda puts in the
 * environment (explicit, to skip the SDK's provider-chain search on cold start).
 */
@Module
public final class AwsModule {
    private AwsModule() {
    }

    @Provides
    @Singleton
    static AwsSettings awsSettings(@Named("region") String region) {
        return AwsSettings.of(Region.of(region), EnvironmentVariableCredentialsProvider.create());
    }

    @Provides
    @Singleton
    static AwsClientFactory awsClientFactory(AwsSettings settings) {
        return AwsClientFactory.create(settings);
    }
}
