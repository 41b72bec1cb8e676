package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.dynamodb.DynamoDbApplicationRepository;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.lambdas.config.RecordRetentionConfig;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes {@link ApplicationRepository} backed by the DynamoDB table CustomerMetadataTable. */
@Module
public final class DynamoDbModule {
    private DynamoDbModule() {
    }

    @Provides
    @Singleton
    static ApplicationRepository applicationRepository(AwsClientFactory aws, @Named("tableName") String table) {
        // read here rather than in each function's configuration: every function that stores records needs it
        return new DynamoDbApplicationRepository(aws.dynamoDb(), table,
                RecordRetentionConfig.fromEnvironment().years());
    }
}
