package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Component;
import dagger.Module;
import dagger.Provides;
import io.onboarding.domain.usecase.ValidateLicense;
import io.onboarding.lambdas.logging.DecisionLog;
import javax.inject.Singleton;

/** Wiring of ValidateLicenseLambdaFunction: the mock validator and JSON; no AWS SDK class at all. */
@Singleton
@Component(modules = {ValidateLicenseComponent.ValidateLicenseModule.class, JsonModule.class})
public interface ValidateLicenseComponent {
    ValidateLicense validateLicense();

    ObjectMapper objectMapper();

    DecisionLog decisionLog();

    static ValidateLicenseComponent create() {
        return DaggerValidateLicenseComponent.create();
    }

    /** Publishes the mock {@link ValidateLicense} use case and the function's log. */
    @Module
    final class ValidateLicenseModule {
        private ValidateLicenseModule() {
        }

        @Provides
        @Singleton
        static ValidateLicense validateLicense() {
            return new ValidateLicense();
        }

        @Provides
        @Singleton
        static DecisionLog decisionLog(ObjectMapper json) {
            return new DecisionLog(json, System.out, "ValidateLicenseLambdaFunction");
        }
    }
}
