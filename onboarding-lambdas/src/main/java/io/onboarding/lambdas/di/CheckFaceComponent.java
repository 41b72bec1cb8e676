package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import io.onboarding.domain.usecase.CheckFace;
import io.onboarding.lambdas.config.StepConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Singleton;

/** Wiring of CheckFaceFunction: DynamoDB and Rekognition only. */
@Singleton
@Component(modules = {StepConfigModule.class, AwsModule.class, DynamoDbModule.class, RekognitionModule.class,
        UseCaseModule.class, ClockModule.class, JsonModule.class})
public interface CheckFaceComponent {
    CheckFace checkFace();

    DecisionLog decisionLog();

    /** Reads and validates the environment, then wires the function; fails at INIT naming a bad variable. */
    static CheckFaceComponent fromEnvironment() {
        return DaggerCheckFaceComponent.factory()
                .create(StepConfig.fromEnvironment(StepConfig.Step.CHECK_FACE));
    }

    @Component.Factory
    interface Factory {
        CheckFaceComponent create(@BindsInstance StepConfig config);
    }
}
