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
import javax.inject.Singleton;

/** Publishes the domain's use cases, built with {@code new} from the ports and the configured policy. */
@Module
public final class UseCaseModule {
    private UseCaseModule() {
    }

    @Provides
    @Singleton
    static ProcessApplicationPackage processApplicationPackage(DocumentStore documents,
            ApplicationRepository repository, FaceComparator faces, IdDocumentReader idReader, Notifier notifier,
            LicenseCheckQueue queue, DecisionConfig decisions, Clock clock) {
        return new ProcessApplicationPackage(documents, repository, faces, idReader, notifier, queue,
                new PackageReader(PackageLimits.defaults()), decisions.policy(), decisions.options(), clock);
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
    static CheckFace checkFace(ApplicationRepository repository, FaceComparator faces, DecisionConfig decisions,
            Clock clock) {
        return new CheckFace(repository, faces, decisions.policy(), decisions.options(), clock);
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
