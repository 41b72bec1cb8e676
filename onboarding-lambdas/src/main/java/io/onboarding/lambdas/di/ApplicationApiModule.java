package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.s3.UploadLinks;
import io.onboarding.domain.intake.PackageLimits;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.usecase.PurgeApplicationDocuments;
import io.onboarding.domain.usecase.ReviewApplication;
import io.onboarding.lambdas.api.ApplicationApi;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import javax.inject.Singleton;

/** Publishes the bank's HTTP API (io.onboarding.lambdas.api), its uploads bounded by the intake's archive limit. */
@Module
public final class ApplicationApiModule {
    private ApplicationApiModule() {
    }

    @Provides
    @Singleton
    static ApplicationApi applicationApi(ApplicationRepository repository, ReviewApplication review,
            PurgeApplicationDocuments purge, UploadLinks uploads, ObjectMapper json, DecisionLog log) {
        return new ApplicationApi(repository, review, purge, uploads, PackageLimits.defaults().maxArchiveBytes(),
                json, log, OnboardingMetrics.standardOutput());
    }
}
