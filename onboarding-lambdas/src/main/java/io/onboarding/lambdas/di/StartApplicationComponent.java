package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import io.onboarding.lambdas.config.StartApplicationConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.workflow.ApplicationExecutions;
import javax.inject.Singleton;

/** Wiring of StartApplicationFunction: Step Functions' StartExecution only; no table, bucket client or queue. */
@Singleton
@Component(modules = {StartApplicationConfigModule.class, AwsModule.class, StepFunctionsStarterModule.class,
        WorkflowModule.class, JsonModule.class})
public interface StartApplicationComponent {
    ApplicationExecutions applicationExecutions();

    StartApplicationConfig startApplicationConfig();

    DecisionLog decisionLog();

    /** Reads and validates the environment, then wires the function; fails at INIT naming a bad variable. */
    static StartApplicationComponent fromEnvironment() {
        return DaggerStartApplicationComponent.factory().create(StartApplicationConfig.fromEnvironment());
    }

    @Component.Factory
    interface Factory {
        StartApplicationComponent create(@BindsInstance StartApplicationConfig config);
    }
}
