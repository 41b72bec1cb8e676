package io.onboarding.lambdas.di;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.sfn.SfnTaskCallbacks;
import io.onboarding.adapters.aws.sfn.SfnWorkflowStarter;
import io.onboarding.adapters.aws.sfn.TaskCallbacks;
import io.onboarding.adapters.aws.sfn.WorkflowStarter;
import io.onboarding.adapters.aws.sqs.SqsLicenseCheckQueue;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.StartApplicationConfig;
import io.onboarding.lambdas.config.StepConfig;
import io.onboarding.lambdas.handler.WorkflowHandlerAccess;
import io.onboarding.lambdas.workflow.LicenseChecksForTask;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * The functions of the application workflow (StartApplicationFunction, the five step functions, and
 * SubmitLicenseLambdaFunction) and the bank's API (ApplicationApiFunction) wired to the real adapters on local servers: the same handlers, use cases and adapters
 * as in AWS, the SDK clients pointed at the servers of {@link LocalEndpoints}, and the Step Functions client
 * (StartExecution, SendTaskSuccess, SendTaskFailure) at {@code stepFunctionsEndpoint}, a server speaking AWS JSON 1.0.
 * Build it once per test class; each handler method returns a new handler on the shared wiring.
 */
@Singleton
@Component(modules = {LocalAdaptersModule.class, LocalWorkflowComponent.StepFunctionsModule.class,
        UseCaseModule.class, WorkflowModule.class, ApplicationApiModule.class, ClockModule.class, JsonModule.class})
public interface LocalWorkflowComponent extends ReceivePackageComponent, CheckFaceComponent, CheckDetailsComponent,
        DecideComponent, RecordFailureComponent, StartApplicationComponent, SubmitLicenseComponent,
        ApplicationApiComponent {
    /** The state machine StartApplicationFunction starts unless {@code create} is given another. */
    String STATE_MACHINE_ARN = "arn:aws:states:us-east-1:000000000000:stateMachine:ApplicationStateMachine";

    /** With the default decision settings and {@link #STATE_MACHINE_ARN}. */
    static LocalWorkflowComponent create(LocalEndpoints local, URI stepFunctionsEndpoint) {
        return create(local, stepFunctionsEndpoint, STATE_MACHINE_ARN, Map.of());
    }

    /**
     * @param stateMachineArn  what StartApplicationFunction passes to StartExecution (STATE_MACHINE_ARN)
     * @param decisionSettings decision variables as the functions' environment would hold them, e.g.
     *                         {@code VALIDATION_OVERRIDE=false} or {@code LICENSE_VALIDATION=NEVER}
     */
    static LocalWorkflowComponent create(LocalEndpoints local, URI stepFunctionsEndpoint, String stateMachineArn,
                                         Map<String, String> decisionSettings) {
        var variables = new HashMap<>(decisionSettings);
        variables.putAll(Map.of("AWS_REGION", LocalAws.REGION.id(), "DOCUMENT_BUCKET", local.bucket(),
                "TABLE_NAME", local.table(), "TOPIC_ARN", local.topicArn(),
                "LICENSE_QUEUE_URL", local.licenseQueueUrl()));
        return DaggerLocalWorkflowComponent.factory().create(
                StepConfig.from(StepConfig.Step.RECEIVE_PACKAGE, variables),
                new StartApplicationConfig(LocalAws.REGION.id(), local.bucket(), stateMachineArn), local,
                stepFunctionsEndpoint);
    }

    /**
     * The handlers of the state machine's Lambda tasks by their template function names: ReceivePackageFunction,
     * CheckFaceFunction, CheckDetailsFunction, DecideFunction, RecordFailureFunction. Each takes and returns the
     * task's JSON payload as a {@code Map}.
     */
    default Map<String, RequestHandler<Map<String, Object>, Map<String, Object>>> stepHandlers() {
        return WorkflowHandlerAccess.stepHandlers(this);
    }

    /** StartApplicationFunction's handler: takes the EventBridge {@code Object Created} event as a {@code Map}. */
    default RequestHandler<Map<String, Object>, Map<String, Object>> startApplicationHandler() {
        return WorkflowHandlerAccess.startApplication(this);
    }

    /** SubmitLicenseLambdaFunction's handler: takes LicenseQueue's messages (with or without a task token). */
    default RequestHandler<SQSEvent, SQSBatchResponse> submitLicenseHandler() {
        return WorkflowHandlerAccess.submitLicense(this);
    }

    /** ApplicationApiFunction's handler, on the same bucket, table and topic as the workflow. */
    default RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> applicationApiHandler() {
        return WorkflowHandlerAccess.applicationApi(this);
    }

    @Component.Factory
    interface Factory {
        LocalWorkflowComponent create(@BindsInstance StepConfig config,
                                      @BindsInstance StartApplicationConfig startConfig,
                                      @BindsInstance LocalEndpoints local,
                                      @BindsInstance @Named("stepFunctionsEndpoint") URI stepFunctionsEndpoint);
    }

    /**
     * Publishes the decision settings, the Step Functions adapters on the local Step Functions endpoint, and the
     * licence-check queue carrying task tokens on the local SQS queue.
     */
    @Module
    final class StepFunctionsModule {
        private StepFunctionsModule() {
        }

        @Provides
        static DecisionConfig decisions(StepConfig config) {
            return config.decisions();
        }

        @Provides
        @Singleton
        static AwsClientFactory stepFunctionsClients(@Named("stepFunctionsEndpoint") URI endpoint) {
            return AwsClientFactory.create(LocalAws.settings(endpoint));
        }

        @Provides
        @Singleton
        static TaskCallbacks taskCallbacks(AwsClientFactory aws) {
            return new SfnTaskCallbacks(aws.sfn());
        }

        @Provides
        @Singleton
        static WorkflowStarter workflowStarter(AwsClientFactory aws, StartApplicationConfig config) {
            return new SfnWorkflowStarter(aws.sfn(), config.stateMachineArn());
        }

        @Provides
        @Singleton
        static LicenseChecksForTask licenseChecksForTask(LocalEndpoints local, ObjectMapper json) {
            return new SqsLicenseCheckQueue(local.sqs(), local.licenseQueueUrl(), json)::withTaskToken;
        }
    }
}
