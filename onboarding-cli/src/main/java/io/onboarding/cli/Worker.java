package io.onboarding.cli;

import io.onboarding.adapters.local.license.FileLicenseCheckQueue;
import io.onboarding.adapters.local.store.FileApplicationRepository;
import io.onboarding.adapters.local.store.FileDocumentStore;
import io.onboarding.cli.output.ApplicationResult;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.usecase.ConcurrentUpdateException;
import io.onboarding.domain.usecase.ProcessApplicationPackage;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.domain.usecase.SubmitLicenseForValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one package at a time through {@link ProcessApplicationPackage} and, for a licence check waiting in the
 * queue, {@link SubmitLicenseForValidation}, and turns what the use cases say they did into an
 * {@link ApplicationResult}. Never throws for
 * a package: a failure becomes the result's {@code failure}. Confined to one thread.
 */
final class Worker {
    private final FileDocumentStore documents;
    private final ApplicationRepository repository;
    private final ProcessApplicationPackage process;
    private final SubmitLicenseForValidation submit;
    private final FileLicenseCheckQueue queue;
    private final EngineFailureWatch engineFailures;

    Worker(FileDocumentStore documents, ApplicationRepository repository, ProcessApplicationPackage process,
           SubmitLicenseForValidation submit, FileLicenseCheckQueue queue, EngineFailureWatch engineFailures) {
        this.documents = documents;
        this.repository = repository;
        this.process = process;
        this.submit = submit;
        this.queue = queue;
        this.engineFailures = engineFailures;
    }

    /**
     * @param reprocessTag when present, appended to the package version so that an upload processed before is
     *                     processed again ({@code --reprocess})
     */
    ApplicationResult process(Path input, Optional<String> reprocessTag) {
        String packageName = input.getFileName().toString();
        PackageRef ref;
        try {
            ref = documents.importPackage(input);
        } catch (IOException | RuntimeException e) {
            Optional<ApplicationId> named = new PackageRef(FileDocumentStore.keyOf(input), "unread").applicationId();
            return failed(packageName, named, Optional.empty(), List.of(), e);
        }
        if (reprocessTag.isPresent()) {
            ref = new PackageRef(ref.key(), ref.sourceVersion() + "+" + reprocessTag.get());
        }
        Optional<ApplicationId> id = ref.applicationId();
        var sent = new ArrayList<Notification>();
        engineFailures.take();
        try {
            StepResult result = process.process(ref);
            sent.addAll(result.notifications());
            boolean duplicate = result.duplicate();
            ApplicationRecord record = result.record();
            // the check this run queued, or one an earlier run queued and stopped before settling
            Optional<LicenseCheckRequest> waiting = queue.waiting(record.id());
            if (waiting.isPresent()) {
                StepResult settled = submit.submit(waiting.get());
                queue.settled(record.id());
                sent.addAll(settled.notifications());
                duplicate &= settled.duplicate();
                record = settled.record();
            }
            // an engine failure the use case recorded for review: the report says what it was
            boolean failureRecorded = record.decision()
                    .filter(d -> d.reasons().contains(DecisionReason.DEPENDENCY_FAILURE)).isPresent();
            Optional<ApplicationResult.Failure> recorded = engineFailures.take().filter(failure -> failureRecorded)
                    .map(Worker::describe);
            return new ApplicationResult(Optional.of(packageName), Optional.of(record.id().value()),
                    Optional.of(ref.sourceVersion()), Optional.of(record), duplicate, List.copyOf(sent),
                    recorded);
        } catch (RuntimeException | LinkageError e) {
            return failed(packageName, id, Optional.of(ref.sourceVersion()), sent, e);
        }
    }

    private ApplicationResult failed(String packageName, Optional<ApplicationId> id, Optional<String> version,
                                     List<Notification> sent, Throwable error) {
        Optional<ApplicationRecord> partial = Optional.empty();
        if (id.isPresent()) {
            try {
                // what was recorded before the failure (a check that did run) is still worth showing
                partial = repository.find(id.get())
                        .filter(r -> version.isEmpty() || r.sourceVersion().equals(version.get()));
            } catch (RuntimeException unreadable) {
                error.addSuppressed(unreadable);
            }
        }
        return new ApplicationResult(Optional.of(packageName), id.map(ApplicationId::value), version, partial,
                false, List.copyOf(sent), Optional.of(describe(error)));
    }

    /**
     * The failure without personal data. Dependency failures and concurrent updates carry ids and codes only, by
     * contract, so their messages are shown; any other exception's message is not, as it may quote what it read
     * (a parser quoting a record, a library quoting a file).
     */
    static ApplicationResult.Failure describe(Throwable error) {
        String type = error.getClass().getSimpleName();
        if (error instanceof DependencyException dependency) {
            return new ApplicationResult.Failure(type, Optional.of(dependency.dependency()),
                    dependency.isRetryable(), String.valueOf(dependency.getMessage()));
        }
        if (error instanceof ConcurrentUpdateException concurrent) {
            return new ApplicationResult.Failure(type, Optional.of(FileApplicationRepository.DEPENDENCY), true,
                    concurrent.getMessage() + "; run again later");
        }
        if (error instanceof IOException) {
            return new ApplicationResult.Failure(type, Optional.of("input"), false,
                    "the input file could not be read (" + type + ")");
        }
        return new ApplicationResult.Failure(type, Optional.empty(), false,
                "unexpected " + type + " (its message is withheld: it may quote the package)");
    }
}
