package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import io.onboarding.domain.usecase.ReceivePackage;
import io.onboarding.lambdas.config.StepConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Singleton;

/** Wiring of ReceivePackageFunction: S3, DynamoDB and SNS; no Rekognition, Textract, SQS or Step Functions. */
@Singleton
@Component(modules = {StepConfigModule.class, AwsModule.class, S3Module.class, DynamoDbModule.class, SnsModule.class,
        UseCaseModule.class, ClockModule.class, JsonModule.class})
public interface ReceivePackageComponent {
    ReceivePackage receivePackage();

    StepConfig stepConfig();

    DecisionLog decisionLog();

    /** Reads and validates the environment, then wires the function; fails at INIT naming a bad variable. */
    static ReceivePackageComponent fromEnvironment() {
        return DaggerReceivePackageComponent.factory()
                .create(StepConfig.fromEnvironment(StepConfig.Step.RECEIVE_PACKAGE));
    }

    @Component.Factory
    interface Factory {
        ReceivePackageComponent create(@BindsInstance StepConfig config);
    }
}
