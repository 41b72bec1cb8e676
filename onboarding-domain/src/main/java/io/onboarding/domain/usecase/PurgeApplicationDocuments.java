package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Purge;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DocumentStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Deletes an application's package and stored files (selfie, licence, details CSV) at once, on request, and records
 * who asked and why in its history. The verification result (checks, decision, review, history) stays. Only a
 * decided application can be purged: before that, its steps still need the files. Repeating a purge is harmless.
 */
public final class PurgeApplicationDocuments {
    private final DocumentStore documents;
    private final RecordKeeper records;

    public PurgeApplicationDocuments(DocumentStore documents, ApplicationRepository repository,
                                     ProcessingOptions options, Clock clock) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(clock, "clock"), options.claimLease());
    }

    /**
     * Purges application {@code id}'s files; {@code requestedBy} and {@code reasonCode} go into the history.
     * The files are deleted before the purge is recorded, so a failure in between leaves a purge that a repeated
     * request records.
     *
     * @throws ApplicationNotFoundException when no application has this id
     * @throws ApplicationStateException    (NOT_DECIDED) when the application has no final decision yet
     * @throws io.onboarding.domain.port.DependencyException when the store failed; repeat the request
     */
    public StepResult purge(ApplicationId id, String requestedBy, String reasonCode) {
        Objects.requireNonNull(id, "id");
        ApplicationRecord record = records.find(id).orElseThrow(() -> new ApplicationNotFoundException(id));
        var request = new Purge(records.now(), requestedBy, reasonCode);   // checks the request before any deletion
        if (record.purge().isPresent()) {
            return StepResult.duplicate(record);
        }
        if (!record.decision().map(KycDecision::isFinal).orElse(false)) {
            throw new ApplicationStateException(id, ApplicationStateException.Code.NOT_DECIDED);
        }
        List<DocumentRef> stored = record.documents().map(PurgeApplicationDocuments::files).orElse(List.of());
        documents.purge(id, stored);
        ApplicationRecord purged = records.update(record, (r, at) -> r.purge().isPresent() ? r
                : r.withPurge(new Purge(at, request.requestedBy(), request.reasonCode())));
        return StepResult.done(purged, List.of());
    }

    private static List<DocumentRef> files(StoredDocuments documents) {
        return List.of(documents.details(), documents.selfie(), documents.license());
    }
}
