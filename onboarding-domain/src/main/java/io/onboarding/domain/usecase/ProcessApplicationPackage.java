package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentStore;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.Notifier;
import io.onboarding.domain.port.SelfieInspector;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Processes one uploaded application package in one call (steps 3-14 of the original flow), as the composition of
 * the steps a workflow can also call one at a time: {@link ReceivePackage}, {@link CheckFace} and
 * {@link CheckDetails} (both, always), {@link DecideApplication}. A dependency failure that a retry may cure is
 * rethrown until {@link ProcessingOptions#maxAttempts()} deliveries of this upload have been made; any other
 * dependency failure, or the last one, ends recorded by {@link RecordProcessingFailure}. Delivering the same package
 * version again changes nothing and repeats no notification.
 */
public final class ProcessApplicationPackage {
    private final ReceivePackage receive;
    private final CheckFace checkFace;
    private final CheckDetails checkDetails;
    private final DecideApplication decide;
    private final RecordProcessingFailure recordFailure;
    private final ApplicationRepository repository;
    private final ProcessingOptions options;

    /** Inspects the selfie and compares the faces one after the other, on the calling thread. */
    public ProcessApplicationPackage(DocumentStore documents, ApplicationRepository repository,
                                     FaceComparator faces, SelfieInspector selfies, IdDocumentReader idReader,
                                     Notifier notifier, LicenseCheckQueue licenseChecks, PackageReader packageReader,
                                     KycPolicy policy, ProcessingOptions options, Clock clock) {
        this(documents, repository, faces, selfies, idReader, notifier, licenseChecks, packageReader, policy, options,
                clock, Runnable::run);
    }

    /** Inspects the selfie on {@code inspections} while comparing the faces (see {@link CheckFace}). */
    public ProcessApplicationPackage(DocumentStore documents, ApplicationRepository repository,
                                     FaceComparator faces, SelfieInspector selfies, IdDocumentReader idReader,
                                     Notifier notifier, LicenseCheckQueue licenseChecks, PackageReader packageReader,
                                     KycPolicy policy, ProcessingOptions options, Clock clock,
                                     Executor inspections) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.options = Objects.requireNonNull(options, "options");
        this.receive = new ReceivePackage(documents, repository, notifier, packageReader, policy, options, clock);
        this.checkFace = new CheckFace(repository, faces, selfies, policy, options, clock, inspections);
        this.checkDetails = new CheckDetails(repository, idReader, policy, options, clock);
        this.decide = new DecideApplication(repository, notifier, licenseChecks, policy, options, clock);
        this.recordFailure = new RecordProcessingFailure(repository, notifier, policy, options, clock);
    }

    /**
     * Processes the package and says what this call did.
     *
     * @throws DependencyException       when a dependency failed, a retry may help and attempts remain (let the
     *                                   delivery be retried), or when the notifier failed to report a failure (only
     *                                   a retry and then the dead-letter queue can get the bank told)
     * @throws ConcurrentUpdateException when another process holds this upload's record; retrying later is safe
     */
    public StepResult process(PackageRef ref) {
        Objects.requireNonNull(ref, "ref");
        Optional<ApplicationId> parsedId = ref.applicationId();
        if (parsedId.isEmpty()) {
            return receive.receive(ref);
        }
        ApplicationId id = parsedId.get();
        String version = ref.sourceVersion();
        try {
            StepResult result = receive.receive(ref);
            if (result.record().decision().isPresent()) {
                return result;
            }
            result = result.then(checkFace.check(id, version));
            result = result.then(checkDetails.check(id, version));
            return result.then(decide.decide(id, version));
        } catch (DependencyException e) {
            if (e.isRetryable() && attemptsSoFar(id, version) < options.maxAttempts()) {
                throw e;
            }
            return recordFailure.record(id, version, e);
        } catch (ConcurrentUpdateException e) {
            if (e.superseded()) {
                return StepResult.duplicate(repository.find(id).orElseThrow());
            }
            throw e;
        }
    }

    /** Deliveries of this upload so far; a failure before the first registration counts as the first. */
    private int attemptsSoFar(ApplicationId id, String version) {
        return repository.find(id).filter(r -> r.sourceVersion().equals(version)).map(ApplicationRecord::attempts)
                .orElse(1);
    }
}
