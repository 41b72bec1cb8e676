package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import io.onboarding.domain.usecase.ProcessApplicationPackage;
import io.onboarding.lambdas.config.DocumentConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Singleton;

/** Wiring of DocumentLambdaFunction: S3, DynamoDB, Rekognition, Textract, SNS and SQS; nothing else loads. */
@Singleton
@Component(modules = {DocumentConfigModule.class, AwsModule.class, S3Module.class, DynamoDbModule.class,
        RekognitionModule.class, TextractModule.class, SnsModule.class, SqsModule.class, UseCaseModule.class,
        ClockModule.class, JsonModule.class})
public interface DocumentComponent {
    ProcessApplicationPackage processApplicationPackage();

    DecisionLog decisionLog();

    DocumentConfig config();

    /** Reads and validates the environment, then wires the function; fails at INIT naming a bad variable. */
    static DocumentComponent fromEnvironment() {
        return DaggerDocumentComponent.factory().create(DocumentConfig.fromEnvironment());
    }

    @Component.Factory
    interface Factory {
        DocumentComponent create(@BindsInstance DocumentConfig config);
    }
}
