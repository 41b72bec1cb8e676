package io.onboarding.cli;

import io.onboarding.adapters.local.license.FileLicenseCheckQueue;
import io.onboarding.adapters.local.notify.JsonLinesNotifier;
import io.onboarding.adapters.local.selfie.NotInspectingSelfieInspector;
import io.onboarding.adapters.local.store.FileApplicationRepository;
import io.onboarding.adapters.local.store.FileDocumentStore;
import io.onboarding.cli.timing.EngineTimings;
import io.onboarding.cli.timing.TimedFaceComparator;
import io.onboarding.cli.timing.TimedIdDocumentReader;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.intake.PackageLimits;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.mockvalidator.MockLicenseValidator;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.usecase.ProcessApplicationPackage;
import io.onboarding.domain.usecase.ProcessingOptions;
import io.onboarding.domain.usecase.PurgeApplicationDocuments;
import io.onboarding.domain.usecase.ReviewApplication;
import io.onboarding.domain.usecase.SubmitLicenseForValidation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place where the CLI wires the domain's use cases to its local adapters, with {@code new}. Shared by all
 * workers: the work directory's document store and applicant store, the policy and the engine timings. Per worker
 * thread ({@link #worker()}): the engines (created on first use, so a run of refused packages never loads them), the
 * notifier, the work directory's licence-check queue and the two use cases. The use cases that act on a stored
 * application ({@link #reviewApplication}, {@link #purgeApplicationDocuments}) need no engines and are made alone.
 */
final class Wiring {
    /**
     * The CLI's effects (a line appended to a file, a hand-over in memory) take milliseconds, so a claim a minute
     * old belongs to a process that died: a re-run a minute after a kill takes it over.
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(1);

    private final Path workDir;
    private final Clock clock;
    private final KycPolicy policy = KycPolicy.defaults();
    private final PackageLimits limits = PackageLimits.defaults();
    private final ProcessingOptions options;
    private final FileDocumentStore documents;
    private final FileApplicationRepository repository;
    private final PackageReader packageReader;
    private final EngineTimings timings = new EngineTimings();
    private final Optional<FaceComparator> recordedFaces;
    private final Optional<IdDocumentReader> recordedIds;
    private final Supplier<Engines> engines;

    /**
     * @param recordedFaces replayed CompareFaces answers, used instead of an engine when present
     * @param recordedIds   replayed AnalyzeID answers, used instead of an engine when present
     * @param engines       the run's engines, asked for only when a worker first needs one
     */
    Wiring(Path workDir, Clock clock, boolean licenseValid, Optional<LocalDate> expiryDay,
           Optional<FaceComparator> recordedFaces, Optional<IdDocumentReader> recordedIds, Supplier<Engines> engines) {
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = ProcessingOptions.defaults().withValidationOverride(licenseValid).withClaimLease(CLAIM_LEASE)
                .withExpiryDay(expiryDay);
        this.documents = new FileDocumentStore(workDir, limits.maxArchiveBytes() + 1);
        this.repository = new FileApplicationRepository(workDir);
        this.packageReader = new PackageReader(limits);
        this.recordedFaces = Objects.requireNonNull(recordedFaces, "recordedFaces");
        this.recordedIds = Objects.requireNonNull(recordedIds, "recordedIds");
        this.engines = Objects.requireNonNull(engines, "engines");
    }

    /** A reviewer's decision on the work directory's records, notified to {@code notifications.jsonl}. */
    static ReviewApplication reviewApplication(Path workDir, Clock clock) {
        return new ReviewApplication(new FileApplicationRepository(workDir), new JsonLinesNotifier(workDir, clock),
                ProcessingOptions.defaults().withClaimLease(CLAIM_LEASE), clock);
    }

    /** The purge of one application's files from the work directory; its record stays. */
    static PurgeApplicationDocuments purgeApplicationDocuments(Path workDir, Clock clock) {
        return new PurgeApplicationDocuments(
                new FileDocumentStore(workDir, PackageLimits.defaults().maxArchiveBytes() + 1),
                new FileApplicationRepository(workDir), ProcessingOptions.defaults().withClaimLease(CLAIM_LEASE),
                clock);
    }

    KycPolicy policy() {
        return policy;
    }

    EngineTimings timings() {
        return timings;
    }

    FileApplicationRepository repository() {
        return repository;
    }

    /** A new worker with its own engines, notifier, queue and use cases. Confine it to one thread. */
    Worker worker() {
        var notifier = new JsonLinesNotifier(workDir, clock);
        var queue = new FileLicenseCheckQueue(workDir);
        FaceComparator faces = recordedFaces.orElseGet(
                () -> facesOnFirstUse(() -> engines.get().faceComparator(documents)));
        IdDocumentReader ids = recordedIds.orElseGet(
                () -> readerOnFirstUse(() -> engines.get().idDocumentReader(documents)));
        var failures = new EngineFailureWatch();
        var process = new ProcessApplicationPackage(documents, repository,
                new TimedFaceComparator(failures.watch(faces), timings), new NotInspectingSelfieInspector(),
                new TimedIdDocumentReader(failures.watch(ids), timings), notifier, queue,
                packageReader, policy, options, clock);
        var submit = new SubmitLicenseForValidation(repository, new MockLicenseValidator(), notifier,
                policy, options, clock);
        return new Worker(documents, repository, process, submit, queue, failures);
    }

    private static FaceComparator facesOnFirstUse(Supplier<FaceComparator> create) {
        var engine = new Memo<>(create);
        return (selfie, idDocument, minimumSimilarity) -> engine.get().compare(selfie, idDocument, minimumSimilarity);
    }

    private static IdDocumentReader readerOnFirstUse(Supplier<IdDocumentReader> create) {
        var engine = new Memo<>(create);
        return idDocument -> engine.get().read(idDocument);
    }

    /** Creates the value on first use and keeps it; a failed creation is tried again next time. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> create;
        private T value;

        Memo(Supplier<T> create) {
            this.create = create;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = Objects.requireNonNull(create.get(), "engine");
            }
            return value;
        }
    }
}
