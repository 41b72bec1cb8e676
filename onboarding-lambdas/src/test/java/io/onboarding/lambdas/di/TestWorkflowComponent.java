package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.StartApplicationConfig;
import io.onboarding.lambdas.config.StepConfig;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Singleton;

/**
 * Every function of the application workflow, and the licence submitter, wired to the same fakes in place of AWS,
 * so a test can run the steps one after the other as the state machine would.
 */
@Singleton
@Component(modules = {FakePortsModule.class, UseCaseModule.class, WorkflowModule.class, JsonModule.class,
        TestWorkflowComponent.DecisionsModule.class})
public interface TestWorkflowComponent extends ReceivePackageComponent, CheckFaceComponent, CheckDetailsComponent,
        DecideComponent, RecordFailureComponent, StartApplicationComponent, SubmitLicenseComponent {
    String BUCKET = "documentbucket-000000000000";
    String STATE_MACHINE_ARN = "arn:aws:states:us-east-1:000000000000:stateMachine:ApplicationStateMachine";

    Fakes fakes();

    static TestWorkflowComponent create() {
        return create(Map.of());
    }

    /** With decision settings ({@link DecisionConfig}'s variables, e.g. {@code LICENSE_VALIDATION=NEVER}). */
    static TestWorkflowComponent create(Map<String, String> decisionSettings) {
        var variables = new HashMap<>(decisionSettings);
        variables.putAll(Map.of("AWS_REGION", "us-east-1", "DOCUMENT_BUCKET", BUCKET,
                "TABLE_NAME", "CustomerMetadataTable", "TOPIC_ARN", "arn:aws:sns:us-east-1:000000000000:topic",
                "LICENSE_QUEUE_URL", "http://127.0.0.1/000000000000/LicenseQueue"));
        return DaggerTestWorkflowComponent.factory().create(StepConfig.from(StepConfig.Step.RECEIVE_PACKAGE, variables),
                new StartApplicationConfig("us-east-1", BUCKET, STATE_MACHINE_ARN), new Fakes());
    }

    @Component.Factory
    interface Factory {
        TestWorkflowComponent create(@BindsInstance StepConfig config,
                                     @BindsInstance StartApplicationConfig startConfig, @BindsInstance Fakes fakes);
    }

    /** Publishes the configured decision settings. */
    @Module
    final class DecisionsModule {
        private DecisionsModule() {
        }

        @Provides
        static DecisionConfig decisions(StepConfig config) {
            return config.decisions();
        }
    }
}
