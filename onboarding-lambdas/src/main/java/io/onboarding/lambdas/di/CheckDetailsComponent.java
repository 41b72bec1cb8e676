package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import io.onboarding.domain.usecase.CheckDetails;
import io.onboarding.lambdas.config.StepConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Singleton;

/** Wiring of CheckDetailsFunction: DynamoDB and Textract only. */
@Singleton
@Component(modules = {StepConfigModule.class, AwsModule.class, DynamoDbModule.class, TextractModule.class,
        UseCaseModule.class, ClockModule.class, JsonModule.class})
public interface CheckDetailsComponent {
    CheckDetails checkDetails();

    DecisionLog decisionLog();

    /** Reads and validates the environment, then wires the function; fails at INIT naming a bad variable. */
    static CheckDetailsComponent fromEnvironment() {
        return DaggerCheckDetailsComponent.factory()
                .create(StepConfig.fromEnvironment(StepConfig.Step.CHECK_DETAILS));
    }

    @Component.Factory
    interface Factory {
        CheckDetailsComponent create(@BindsInstance StepConfig config);
    }
}
