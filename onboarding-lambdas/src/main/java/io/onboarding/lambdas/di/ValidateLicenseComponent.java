package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.onboarding.domain.mockvalidator.MockLicenseValidator;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Singleton;

/** Wiring of ValidateLicenseLambdaFunction: the mock validator and its log; no AWS SDK class at all. */
@Singleton
@Component(modules = {ValidateLicenseComponent.ValidateLicenseModule.class, JsonModule.class})
public interface ValidateLicenseComponent {
    MockLicenseValidator mockLicenseValidator();

    DecisionLog decisionLog();

    static ValidateLicenseComponent create() {
        return DaggerValidateLicenseComponent.create();
    }

    /** Publishes the lab's {@link MockLicenseValidator} (the third party this function plays) and the log. */
    @Module
    final class ValidateLicenseModule {
        private ValidateLicenseModule() {
        }

        @Provides
        @Singleton
        static MockLicenseValidator mockLicenseValidator() {
            return new MockLicenseValidator();
        }

        @Provides
        @Singleton
        static DecisionLog decisionLog(ObjectMapper json) {
            return new DecisionLog(json, System.out, "ValidateLicenseLambdaFunction");
        }
    }
}
