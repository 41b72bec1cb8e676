package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.domain.intake.PackageLimits;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DocumentStore;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseValidator;
import io.onboarding.domain.port.Notifier;
import io.onboarding.domain.port.SelfieInspector;
import io.onboarding.domain.usecase.CheckDetails;
import io.onboarding.domain.usecase.CheckFace;
import io.onboarding.domain.usecase.ProcessApplicationPackage;
import io.onboarding.domain.usecase.PurgeApplicationDocuments;
import io.onboarding.domain.usecase.ReceivePackage;
import io.onboarding.domain.usecase.RecordProcessingFailure;
import io.onboarding.domain.usecase.ReviewApplication;
import io.onboarding.domain.usecase.SubmitLicenseForValidation;
import io.onboarding.lambdas.config.DecisionConfig;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes the domain's use cases, built with {@code new} from the ports and the configured policy. */
@Module
public final class UseCaseModule {
    private UseCaseModule() {
    }

    @Provides
    @Singleton
    static ProcessApplicationPackage processApplicationPackage(DocumentStore documents,
            ApplicationRepository repository, FaceComparator faces, SelfieInspector selfies,
            IdDocumentReader idReader, Notifier notifier, LicenseCheckQueue queue, DecisionConfig decisions,
            Clock clock, @Named("inspections") Executor inspections) {
        return new ProcessApplicationPackage(documents, repository, faces, selfies, idReader, notifier, queue,
                new PackageReader(PackageLimits.defaults()), decisions.policy(), decisions.options(), clock,
                inspections);
    }

    /**
     * The threads the selfie inspection runs on while the face comparison runs on the handler's: both are network
     * calls, so the face step waits for the slower one rather than for both. Daemon threads, made on first use and
     * kept for a minute, so an idle execution environment holds none and a frozen one blocks nothing.
     */
    @Provides
    @Singleton
    @Named("inspections")
    static Executor inspections() {
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "selfie-inspection");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Provides
    @Singleton
    static SubmitLicenseForValidation submitLicenseForValidation(ApplicationRepository repository,
            LicenseValidator validator, Notifier notifier, DecisionConfig decisions, Clock clock) {
        return new SubmitLicenseForValidation(repository, validator, notifier, decisions.policy(),
                decisions.options(), clock);
    }

    @Provides
    @Singleton
    static ReceivePackage receivePackage(DocumentStore documents, ApplicationRepository repository, Notifier notifier,
            DecisionConfig decisions, Clock clock) {
        return new ReceivePackage(documents, repository, notifier, new PackageReader(PackageLimits.defaults()),
                decisions.policy(), decisions.options(), clock);
    }

    @Provides
    @Singleton
    static CheckFace checkFace(ApplicationRepository repository, FaceComparator faces, SelfieInspector selfies,
            DecisionConfig decisions, Clock clock, @Named("inspections") Executor inspections) {
        return new CheckFace(repository, faces, selfies, decisions.policy(), decisions.options(), clock, inspections);
    }

    @Provides
    @Singleton
    static CheckDetails checkDetails(ApplicationRepository repository, IdDocumentReader idReader,
            DecisionConfig decisions, Clock clock) {
        return new CheckDetails(repository, idReader, decisions.policy(), decisions.options(), clock);
    }

    @Provides
    @Singleton
    static RecordProcessingFailure recordProcessingFailure(ApplicationRepository repository, Notifier notifier,
            DecisionConfig decisions, Clock clock) {
        return new RecordProcessingFailure(repository, notifier, decisions.policy(), decisions.options(), clock);
    }

    @Provides
    @Singleton
    static ReviewApplication reviewApplication(ApplicationRepository repository, Notifier notifier,
            DecisionConfig decisions, Clock clock) {
        return new ReviewApplication(repository, notifier, decisions.options(), clock);
    }

    @Provides
    @Singleton
    static PurgeApplicationDocuments purgeApplicationDocuments(DocumentStore documents,
            ApplicationRepository repository, DecisionConfig decisions, Clock clock) {
        return new PurgeApplicationDocuments(documents, repository, decisions.options(), clock);
    }
}
