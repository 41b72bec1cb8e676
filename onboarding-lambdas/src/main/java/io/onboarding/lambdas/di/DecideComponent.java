package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import io.onboarding.lambdas.config.StepConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.workflow.DecideInWorkflow;
import javax.inject.Singleton;

/** Wiring of DecideFunction: DynamoDB, SNS, SQS (the licence check with the task token), Step Functions' callbacks. */
@Singleton
@Component(modules = {StepConfigModule.class, AwsModule.class, DynamoDbModule.class, SnsModule.class, SqsModule.class,
        StepFunctionsCallbacksModule.class, WorkflowModule.class, ClockModule.class, JsonModule.class})
public interface DecideComponent {
    DecideInWorkflow decideInWorkflow();

    DecisionLog decisionLog();

    /** Reads and validates the environment, then wires the function; fails at INIT naming a bad variable. */
    static DecideComponent fromEnvironment() {
        return DaggerDecideComponent.factory()
                .create(StepConfig.fromEnvironment(StepConfig.Step.DECIDE));
    }

    @Component.Factory
    interface Factory {
        DecideComponent create(@BindsInstance StepConfig config);
    }
}
