package io.onboarding.lambdas.di;

import dagger.BindsInstance;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.s3.UploadLinks;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.usecase.ProcessApplicationPackage;
import io.onboarding.domain.usecase.ProcessingOptions;
import io.onboarding.domain.usecase.SubmitLicenseForValidation;
import io.onboarding.lambdas.config.DecisionConfig;
import java.net.URI;
import java.time.Duration;
import javax.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * ApplicationApiComponent with the domain's fakes in place of AWS and a real presigner (presigning is local work)
 * for a bucket {@value #BUCKET} at an unreachable endpoint. It also exposes the package and licence use cases on
 * the same fakes, so a test can bring an application to the state it needs.
 */
@Singleton
@Component(modules = {FakePortsModule.class, UseCaseModule.class, ApplicationApiModule.class, JsonModule.class,
        TestApplicationApiComponent.TestModule.class})
public interface TestApplicationApiComponent extends ApplicationApiComponent {
    String BUCKET = "documentbucket-000000000000";

    Fakes fakes();

    ProcessApplicationPackage processApplicationPackage();

    SubmitLicenseForValidation submitLicenseForValidation();

    static TestApplicationApiComponent create() {
        return DaggerTestApplicationApiComponent.factory().create(new Fakes());
    }

    @Component.Factory
    interface Factory {
        TestApplicationApiComponent create(@BindsInstance Fakes fakes);
    }

    /** Publishes the default decision settings and upload links valid for five minutes. */
    @Module
    final class TestModule {
        private TestModule() {
        }

        @Provides
        static DecisionConfig decisions() {
            return new DecisionConfig(KycPolicy.defaults(), ProcessingOptions.defaults());
        }

        @Provides
        @Singleton
        static UploadLinks uploadLinks() {
            S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .endpointOverride(URI.create("http://127.0.0.1:1"))
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
            return new UploadLinks(presigner, BUCKET, Duration.ofMinutes(5));
        }
    }
}
