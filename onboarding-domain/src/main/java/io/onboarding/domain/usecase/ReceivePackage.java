package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.intake.ApplicationPackage;
import io.onboarding.domain.intake.PackageFile;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.intake.PackageRefusedException;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DocumentStore;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first step of an application (steps 3-6 of the original flow): reads the uploaded package safely, registers
 * the applicant under this upload's version and stores the three accepted files under {@code unzipped/}, recording
 * where each went. A refused package ends here: recorded (REJECTED / PACKAGE_REFUSED with the refusal reason) and
 * notified, under a hashed id when the key names no valid one. Idempotent: a delivery of an upload already
 * received or refused changes nothing.
 */
public final class ReceivePackage {
    private static final String INVALID_ID_PREFIX = "invalid-";
    private static final int MAX_REGISTRATION_CONFLICTS = 5;

    private final DocumentStore documents;
    private final PackageReader packageReader;
    private final KycPolicy policy;
    private final RecordKeeper records;
    private final Outbox outbox;

    public ReceivePackage(DocumentStore documents, ApplicationRepository repository, Notifier notifier,
                          PackageReader packageReader, KycPolicy policy, ProcessingOptions options, Clock clock) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.packageReader = Objects.requireNonNull(packageReader, "packageReader");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(clock, "clock"), options.claimLease());
        this.outbox = new Outbox(records, Objects.requireNonNull(notifier, "notifier"), Outbox.NO_QUEUE);
    }

    /**
     * Receives the package {@code ref} names.
     *
     * @throws io.onboarding.domain.port.DependencyException when the store or the repository failed (the package
     *         gone before it was read is a {@link io.onboarding.domain.port.DocumentNotFoundException}); the caller
     *         retries or records the failure with {@link RecordProcessingFailure}
     */
    public StepResult receive(PackageRef ref) {
        Objects.requireNonNull(ref, "ref");
        Optional<ApplicationId> parsedId = ref.applicationId();
        if (parsedId.isEmpty()) {
            ApplicationId hashed = unaddressableId(ref.key());
            return refuse(hashed, ref.sourceVersion(), RefusalReason.INVALID_APPLICATION_ID, records.find(hashed));
        }
        ApplicationId id = parsedId.get();
        Optional<ApplicationRecord> known = records.find(id);
        Optional<ApplicationRecord> existing = known.filter(r -> r.sourceVersion().equals(ref.sourceVersion()));
        if (existing.isPresent() && existing.get().decision().isPresent()) {
            return StepResult.duplicate(existing.get());
        }
        if (existing.isPresent() && existing.get().documents().isPresent()) {
            // received before; this delivery still counts as an attempt, so a failing later step ends recorded
            return StepResult.duplicate(records.update(existing.get(), (r, at) -> r.withAttempt(at)));
        }
        ApplicationPackage accepted;
        try {
            accepted = read(id, ref);
        } catch (PackageRefusedException refused) {
            return refuse(id, ref.sourceVersion(), refused.reason(), known);
        }
        ApplicationRecord record = register(id, ref.sourceVersion(), accepted.applicant(), known);
        if (record.documents().isEmpty()) {
            StoredDocuments stored = new StoredDocuments(store(accepted.details()), store(accepted.selfie()),
                    store(accepted.license()));
            record = records.update(record, (r, at) -> r.documents().isPresent() ? r : r.withDocuments(stored, at));
        }
        return StepResult.done(record, List.of());
    }

    private ApplicationPackage read(ApplicationId id, PackageRef ref) {
        try (InputStream zip = new DependencyAwareInputStream(documents.openPackage(ref))) {
            return packageReader.read(id, zip);
        } catch (IOException e) {
            throw new TransientDependencyException("document-store", "closing package " + id + " failed", e);
        }
    }

    private DocumentRef store(PackageFile file) {
        return documents.storeDocument(file.name(), file.type().contentType(), file.content());
    }

    /**
     * The record for this upload: the one in progress (counting this delivery as another attempt), or a new one
     * replacing any earlier upload's.
     */
    private ApplicationRecord register(ApplicationId id, String version, ApplicantDetails applicant,
                                       Optional<ApplicationRecord> known) {
        Optional<ApplicationRecord> latest = known;
        for (int attempt = 0; attempt < MAX_REGISTRATION_CONFLICTS; attempt++) {
            if (latest.isPresent() && latest.get().sourceVersion().equals(version)
                    && latest.get().applicant().isPresent()) {
                return records.update(latest.get(), (r, at) -> r.withAttempt(at));
            }
            // a new upload, or this upload's record of a failure to read it: replaced by the applicant's record
            long revision = latest.map(r -> r.revision() + 1).orElse(1L);
            ApplicationRecord fresh = ApplicationRecord.accepted(id, version, revision, applicant, records.now())
                    .continuing(latest);
            if (records.create(fresh)) {
                return fresh;
            }
            latest = records.find(id);   // another process wrote first: decide again on what it stored
        }
        throw new ConcurrentUpdateException(id, "could not register the upload", false);
    }

    private StepResult refuse(ApplicationId id, String version, RefusalReason reason,
                              Optional<ApplicationRecord> existing) {
        ApplicationRecord record;
        if (existing.isPresent() && existing.get().sourceVersion().equals(version)) {
            record = existing.get();
            if (record.decision().isPresent()) {
                return StepResult.duplicate(record);
            }
        } else {
            long revision = existing.map(r -> r.revision() + 1).orElse(1L);
            record = ApplicationRecord.refused(id, version, revision, reason, records.now()).continuing(existing);
            if (!records.create(record)) {
                record = records.find(id).orElseThrow();
                if (!record.sourceVersion().equals(version)) {
                    throw new ConcurrentUpdateException(id, "concurrent upload while refusing", false);
                }
            }
        }
        var performed = new ArrayList<StepResult.Performed>();
        ApplicationRecord notified = outbox.notify(record, Effect.NOTIFY_PACKAGE_REFUSED,
                Notification.Kind.PACKAGE_REFUSED, List.of(DecisionReason.PACKAGE_REFUSED.name(), reason.name()),
                performed);
        return StepResult.done(records.decideOnce(notified, policy.decideRefused()), performed);
    }

    /**
     * A stable, valid id for a package whose key names no valid id, so that its refusal can still be recorded and
     * reported. It is derived from a hash of the key, which may hold anything an uploader chose. Public so that a
     * workflow can name and record that upload under the same id as this step does.
     */
    public static ApplicationId unaddressableId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ApplicationId.of(INVALID_ID_PREFIX + HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
