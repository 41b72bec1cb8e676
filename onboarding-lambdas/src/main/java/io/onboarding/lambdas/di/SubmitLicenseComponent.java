package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import io.onboarding.domain.usecase.SubmitLicenseForValidation;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.workflow.SubmitLicenseInWorkflow;
import javax.inject.Singleton;

/**
 * Wiring of SubmitLicenseLambdaFunction: DynamoDB, SNS, the HTTP validator and Step Functions' callbacks (for
 * messages carrying a task token); no S3, Rekognition, Textract or SQS client.
 */
@Singleton
@Component(modules = {SubmitLicenseConfigModule.class, AwsModule.class, DynamoDbModule.class, SnsModule.class,
        LicenseValidatorModule.class, StepFunctionsCallbacksModule.class, UseCaseModule.class, WorkflowModule.class,
        ClockModule.class, JsonModule.class})
public interface SubmitLicenseComponent {
    SubmitLicenseForValidation submitLicenseForValidation();

    SubmitLicenseInWorkflow submitLicenseInWorkflow();

    InvocationDeadline invocationDeadline();

    DecisionLog decisionLog();

    /** Reads and validates the environment, then wires the function; fails at INIT naming a bad variable. */
    static SubmitLicenseComponent fromEnvironment() {
        return DaggerSubmitLicenseComponent.factory().create(SubmitLicenseConfig.fromEnvironment());
    }

    @Component.Factory
    interface Factory {
        SubmitLicenseComponent create(@BindsInstance SubmitLicenseConfig config);
    }
}
