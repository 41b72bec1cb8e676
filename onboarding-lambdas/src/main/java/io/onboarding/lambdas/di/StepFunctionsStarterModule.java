package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.sfn.SfnWorkflowStarter;
import io.onboarding.adapters.aws.sfn.WorkflowStarter;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.lambdas.config.StartApplicationConfig;
import javax.inject.Singleton;

/** Publishes {@link WorkflowStarter} backed by AWS Step Functions' StartExecution on ApplicationStateMachine. */
@Module
public final class StepFunctionsStarterModule {
    private StepFunctionsStarterModule() {
    }

    @Provides
    @Singleton
    static WorkflowStarter workflowStarter(AwsClientFactory aws, StartApplicationConfig config) {
        return new SfnWorkflowStarter(aws.sfn(), config.stateMachineArn());
    }
}
