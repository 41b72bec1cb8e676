package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.sfn.TaskCallbacks;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.DocumentConfig;
import java.util.Map;
import javax.inject.Singleton;

/**
 * The document and licence-submission functions wired to the real adapters on local servers: the same use cases,
 * handlers and adapters as in AWS, with only the SDK clients' endpoints differing.
 */
@Singleton
@Component(modules = {LocalAdaptersModule.class, UseCaseModule.class, WorkflowModule.class, ClockModule.class,
        JsonModule.class, LocalPipelineComponent.SettingsModule.class})
public interface LocalPipelineComponent extends DocumentComponent, SubmitLicenseComponent {

    static LocalPipelineComponent create(LocalEndpoints local) {
        DocumentConfig config = DocumentConfig.from(Map.of("AWS_REGION", "us-east-1", "DOCUMENT_BUCKET", local.bucket(),
                "TABLE_NAME", local.table(), "TOPIC_ARN", local.topicArn(), "LICENSE_QUEUE_URL",
                local.licenseQueueUrl()));
        return DaggerLocalPipelineComponent.factory().create(config, local);
    }

    @Component.Factory
    interface Factory {
        LocalPipelineComponent create(@BindsInstance DocumentConfig config, @BindsInstance LocalEndpoints local);
    }

    /**
     * Publishes the default decision settings, and task callbacks that refuse every call: the S3-triggered document
     * function queues its licence checks without a task token, so nothing here may answer a workflow.
     */
    @Module
    final class SettingsModule {
        private SettingsModule() {
        }

        @Provides
        static DecisionConfig decisions(DocumentConfig config) {
            return config.decisions();
        }

        @Provides
        static TaskCallbacks noWorkflow() {
            return new TaskCallbacks() {
                @Override
                public Delivery succeed(String taskToken, String output) {
                    throw new IllegalStateException("the document pipeline runs no workflow");
                }

                @Override
                public Delivery fail(String taskToken, String error, String cause) {
                    throw new IllegalStateException("the document pipeline runs no workflow");
                }
            };
        }
    }
}
