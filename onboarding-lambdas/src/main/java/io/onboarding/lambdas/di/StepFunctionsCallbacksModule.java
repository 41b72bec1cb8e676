package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.sfn.SfnTaskCallbacks;
import io.onboarding.adapters.aws.sfn.TaskCallbacks;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import javax.inject.Singleton;

/** Publishes {@link TaskCallbacks} backed by AWS Step Functions (SendTaskSuccess, SendTaskFailure). */
@Module
public final class StepFunctionsCallbacksModule {
    private StepFunctionsCallbacksModule() {
    }

    @Provides
    @Singleton
    static TaskCallbacks taskCallbacks(AwsClientFactory aws) {
        return new SfnTaskCallbacks(aws.sfn());
    }
}
