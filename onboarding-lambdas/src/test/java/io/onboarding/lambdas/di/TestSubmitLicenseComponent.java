package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.onboarding.domain.usecase.ProcessApplicationPackage;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import java.util.Map;
import javax.inject.Singleton;

/**
 * SubmitLicenseComponent with the domain's fakes in place of AWS. It also exposes the document use case on the same
 * fakes, so a test can first process a package and then submit its queued check.
 */
@Singleton
@Component(modules = {FakePortsModule.class, UseCaseModule.class, WorkflowModule.class, JsonModule.class,
        TestSubmitLicenseComponent.DecisionsModule.class})
public interface TestSubmitLicenseComponent extends SubmitLicenseComponent {
    Fakes fakes();

    ProcessApplicationPackage processApplicationPackage();

    static TestSubmitLicenseComponent create() {
        return DaggerTestSubmitLicenseComponent.factory().create(SubmitLicenseConfig.from(Map.of(
                "AWS_REGION", "us-east-1", "TABLE_NAME", "CustomerMetadataTable",
                "TOPIC_ARN", "arn:aws:sns:us-east-1:000000000000:topic", "INVOKE_URL", "http://127.0.0.1:1/license")),
                new Fakes());
    }

    @Component.Factory
    interface Factory {
        TestSubmitLicenseComponent create(@BindsInstance SubmitLicenseConfig config, @BindsInstance Fakes fakes);
    }

    /** Publishes the configured decision settings. */
    @Module
    final class DecisionsModule {
        private DecisionsModule() {
        }

        @Provides
        static DecisionConfig decisions(SubmitLicenseConfig config) {
            return config.decisions();
        }
    }
}
