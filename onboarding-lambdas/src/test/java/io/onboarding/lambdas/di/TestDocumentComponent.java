package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.DocumentConfig;
import java.util.Map;
import javax.inject.Singleton;

/** DocumentComponent with the domain's fakes in place of AWS: the separate test configuration Dagger recommends. */
@Singleton
@Component(modules = {FakePortsModule.class, UseCaseModule.class, JsonModule.class,
        TestDocumentComponent.DecisionsModule.class})
public interface TestDocumentComponent extends DocumentComponent {
    Fakes fakes();

    static TestDocumentComponent create() {
        return DaggerTestDocumentComponent.factory().create(DocumentConfig.from(Map.of(
                "AWS_REGION", "us-east-1", "DOCUMENT_BUCKET", "documentbucket-000000000000",
                "TABLE_NAME", "CustomerMetadataTable", "TOPIC_ARN", "arn:aws:sns:us-east-1:000000000000:topic",
                "LICENSE_QUEUE_URL", "http://127.0.0.1/000000000000/LicenseQueue")), new Fakes());
    }

    @Component.Factory
    interface Factory {
        TestDocumentComponent create(@BindsInstance DocumentConfig config, @BindsInstance Fakes fakes);
    }

    /** Publishes the configured decision settings. */
    @Module
    final class DecisionsModule {
        private DecisionsModule() {
        }

        @Provides
        static DecisionConfig decisions(DocumentConfig config) {
            return config.decisions();
        }
    }
}
