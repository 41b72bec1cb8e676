package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import io.onboarding.lambdas.api.ApplicationApi;
import io.onboarding.lambdas.config.ApplicationApiConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Singleton;

/**
 * Wiring of ApplicationApiFunction: DynamoDB (status, review, purge records), S3 (the purge and the upload
 * presigner) and SNS (the REVIEWED notification); no Rekognition, Textract, SQS or Step Functions client.
 */
@Singleton
@Component(modules = {ApplicationApiConfigModule.class, AwsModule.class, DynamoDbModule.class, SnsModule.class,
        S3Module.class, UploadLinksModule.class, UseCaseModule.class, ApplicationApiModule.class, ClockModule.class,
        JsonModule.class})
public interface ApplicationApiComponent {
    ApplicationApi applicationApi();

    DecisionLog decisionLog();

    /** Reads and validates the environment, then wires the function; fails at INIT naming a bad variable. */
    static ApplicationApiComponent fromEnvironment() {
        return DaggerApplicationApiComponent.factory().create(ApplicationApiConfig.fromEnvironment());
    }

    @Component.Factory
    interface Factory {
        ApplicationApiComponent create(@BindsInstance ApplicationApiConfig config);
    }
}
