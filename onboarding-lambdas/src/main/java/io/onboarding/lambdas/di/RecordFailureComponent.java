package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import io.onboarding.lambdas.config.StepConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.workflow.RecordFailureInWorkflow;
import javax.inject.Singleton;

/** Wiring of RecordFailureFunction: DynamoDB and SNS only. */
@Singleton
@Component(modules = {StepConfigModule.class, AwsModule.class, DynamoDbModule.class, SnsModule.class,
        UseCaseModule.class, WorkflowModule.class, ClockModule.class, JsonModule.class})
public interface RecordFailureComponent {
    RecordFailureInWorkflow recordFailureInWorkflow();

    DecisionLog decisionLog();

    /** Reads and validates the environment, then wires the function; fails at INIT naming a bad variable. */
    static RecordFailureComponent fromEnvironment() {
        return DaggerRecordFailureComponent.factory()
                .create(StepConfig.fromEnvironment(StepConfig.Step.RECORD_FAILURE));
    }

    @Component.Factory
    interface Factory {
        RecordFailureComponent create(@BindsInstance StepConfig config);
    }
}
