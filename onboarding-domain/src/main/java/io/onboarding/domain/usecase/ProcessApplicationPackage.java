package io.onboarding.domain.usecase;

import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.intake.ApplicationPackage;
import io.onboarding.domain.intake.PackageFile;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.intake.PackageRefusedException;
import io.onboarding.domain.matching.MatchOutcome;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentStore;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Processes one uploaded application package (steps 3-14 of the original flow): reads it safely, stores its files
 * under {@code unzipped/}, records the applicant, runs the face check and the details check (both, always), notifies
 * the bank of each failure, queues the licence for third-party validation when the policy says so, and records the
 * decision. Delivering the same package version again changes nothing and repeats no notification.
 */
public final class ProcessApplicationPackage {
    private static final String INVALID_ID_PREFIX = "invalid-";

    private final DocumentStore documents;
    private final FaceComparator faces;
    private final IdDocumentReader idReader;
    private final Notifier notifier;
    private final LicenseCheckQueue licenseChecks;
    private final PackageReader packageReader;
    private final KycPolicy policy;
    private final ProcessingOptions options;
    private final Clock clock;
    private final RecordKeeper records;

    public ProcessApplicationPackage(DocumentStore documents, ApplicationRepository repository,
                                     FaceComparator faces, IdDocumentReader idReader, Notifier notifier,
                                     LicenseCheckQueue licenseChecks, PackageReader packageReader, KycPolicy policy,
                                     ProcessingOptions options, Clock clock) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.faces = Objects.requireNonNull(faces, "faces");
        this.idReader = Objects.requireNonNull(idReader, "idReader");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.licenseChecks = Objects.requireNonNull(licenseChecks, "licenseChecks");
        this.packageReader = Objects.requireNonNull(packageReader, "packageReader");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.records = new RecordKeeper(Objects.requireNonNull(repository, "repository"), clock, options.claimLease());
    }

    /**
     * Processes the package and returns the application's record as stored afterwards.
     *
     * @throws DependencyException when a dependency failed and a retry may help (the caller should let the
     *                             delivery be retried); after {@link ProcessingOptions#maxAttempts()} deliveries the
     *                             failure is recorded as DEPENDENCY_FAILURE and notified instead
     */
    public ApplicationRecord process(PackageRef ref) {
        Objects.requireNonNull(ref, "ref");
        Optional<ApplicationId> parsedId = ref.applicationId();
        if (parsedId.isEmpty()) {
            return refuse(unaddressableId(ref.key()), ref.sourceVersion(), RefusalReason.INVALID_APPLICATION_ID);
        }
        ApplicationId id = parsedId.get();
        Optional<ApplicationRecord> existing = records.find(id);
        if (existing.isPresent() && isSameUpload(existing.get(), ref) && existing.get().decision().isPresent()) {
            return existing.get();   // a duplicate delivery of a finished upload
        }
        ApplicationPackage accepted;
        try {
            accepted = readPackage(id, ref);
        } catch (PackageRefusedException refused) {
            return refuse(id, ref.sourceVersion(), refused.reason());
        }
        try {
            return check(accepted, ref, existing);
        } catch (ConcurrentUpdateException e) {
            if (e.superseded()) {
                return records.find(id).orElseThrow();
            }
            throw e;
        }
    }

    private ApplicationRecord check(ApplicationPackage accepted, PackageRef ref, Optional<ApplicationRecord> existing) {
        List<DocumentRef> stored = storeFiles(accepted);
        DocumentRef selfie = stored.get(1);
        DocumentRef license = stored.get(2);
        ApplicationRecord record = register(accepted.id(), ref.sourceVersion(), accepted.applicant(), existing);
        try {
            record = runFaceCheck(record, selfie, license);
            record = runDetailsCheck(record, accepted.applicant(), license);
        } catch (DependencyException e) {
            if (e.isRetryable() && record.attempts() < options.maxAttempts()) {
                throw e;
            }
            return recordDependencyFailure(record, e);
        }
        FaceCheck face = record.faceCheck().orElseThrow();
        DetailsCheck details = record.detailsCheck().orElseThrow();
        if (!face.passed()) {
            record = records.perform(record, Effect.NOTIFY_FACE_MATCH_FAILED, () -> notifier.notify(new Notification(
                    accepted.id(), Notification.Kind.FACE_MATCH_FAILED, List.of(face.failure().orElseThrow().name()))));
        }
        if (!details.passed()) {
            record = records.perform(record, Effect.NOTIFY_DETAILS_MATCH_FAILED, () -> notifier.notify(
                    new Notification(accepted.id(), Notification.Kind.DETAILS_MATCH_FAILED, detailsCodes(details))));
        }
        boolean validate = policy.shouldValidateLicense(face, details);
        if (validate) {
            var request = new LicenseCheckRequest(accepted.applicant().documentNumber(), options.validationOverride(),
                    accepted.id());
            record = records.perform(record, Effect.QUEUE_LICENSE_CHECK, () -> licenseChecks.enqueue(request));
        }
        KycDecision decision = policy.decide(face, details, record.licenseValidation(), validate);
        return records.update(record, (r, at) -> r.withDecision(decision, at));
    }

    private ApplicationPackage readPackage(ApplicationId id, PackageRef ref) {
        try (InputStream zip = new DependencyAwareInputStream(documents.openPackage(ref))) {
            return packageReader.read(id, zip);
        } catch (IOException e) {
            throw new TransientDependencyException("document-store", "closing package " + id + " failed", e);
        }
    }

    private List<DocumentRef> storeFiles(ApplicationPackage accepted) {
        var refs = new ArrayList<DocumentRef>(3);
        for (PackageFile file : accepted.files()) {
            refs.add(documents.storeDocument(file.name(), file.type().contentType(), file.content()));
        }
        return refs;
    }

    /** The record for this upload: the one in progress, or a new one replacing any earlier upload's. */
    private ApplicationRecord register(ApplicationId id, String version, ApplicantDetails applicant,
                                       Optional<ApplicationRecord> existing) {
        Optional<ApplicationRecord> latest = existing;
        for (int attempt = 0; attempt < 5; attempt++) {
            if (latest.isPresent() && latest.get().sourceVersion().equals(version)) {
                return records.update(latest.get(), (r, at) -> r.withAttempt(at));
            }
            long revision = latest.map(r -> r.revision() + 1).orElse(1L);
            ApplicationRecord fresh = ApplicationRecord.accepted(id, version, revision, applicant, records.now());
            if (records.create(fresh)) {
                return fresh;
            }
            latest = records.find(id);
        }
        throw new ConcurrentUpdateException(id, "could not register the upload", false);
    }

    private ApplicationRecord runFaceCheck(ApplicationRecord record, DocumentRef selfie, DocumentRef license) {
        if (record.faceCheck().isPresent()) {
            return record;
        }
        FaceCheck check = policy.evaluateFace(faces.compare(selfie, license, policy.faceSimilarityThreshold()));
        return records.update(record, (r, at) -> r.withFaceCheck(check, at));
    }

    private ApplicationRecord runDetailsCheck(ApplicationRecord record, ApplicantDetails applicant,
                                              DocumentRef license) {
        if (record.detailsCheck().isPresent()) {
            return record;
        }
        DetailsCheck check = policy.evaluateDetails(applicant, idReader.read(license), LocalDate.now(clock));
        return records.update(record, (r, at) -> r.withDetailsCheck(check, at));
    }

    private ApplicationRecord recordDependencyFailure(ApplicationRecord record, DependencyException failure) {
        ApplicationRecord notified = records.perform(record, Effect.NOTIFY_PROCESSING_FAILED, () -> notifier.notify(
                new Notification(record.id(), Notification.Kind.PROCESSING_FAILED,
                        List.of(DecisionReason.DEPENDENCY_FAILURE.name(), dependencyCode(failure)))));
        return decideOnce(notified, policy.decideDependencyFailure());
    }

    /** The decision comes last: once it is stored, a delivery of this version is a duplicate and does nothing. */
    private ApplicationRecord decideOnce(ApplicationRecord record, KycDecision decision) {
        return records.update(record, (r, at) -> r.decision().isPresent() ? r : r.withDecision(decision, at));
    }

    private ApplicationRecord refuse(ApplicationId id, String version, RefusalReason reason) {
        Optional<ApplicationRecord> existing = records.find(id);
        ApplicationRecord record;
        if (existing.isPresent() && existing.get().sourceVersion().equals(version)) {
            record = existing.get();
        } else {
            long revision = existing.map(r -> r.revision() + 1).orElse(1L);
            record = ApplicationRecord.refused(id, version, revision, reason, records.now());
            if (!records.create(record)) {
                record = records.find(id).orElseThrow();
                if (!record.sourceVersion().equals(version)) {
                    throw new ConcurrentUpdateException(id, "concurrent upload while refusing", false);
                }
            }
        }
        ApplicationRecord notified = records.perform(record, Effect.NOTIFY_PACKAGE_REFUSED, () -> notifier.notify(
                new Notification(id, Notification.Kind.PACKAGE_REFUSED,
                        List.of(DecisionReason.PACKAGE_REFUSED.name(), reason.name()))));
        return decideOnce(notified, policy.decideRefused());
    }

    private static boolean isSameUpload(ApplicationRecord record, PackageRef ref) {
        return record.sourceVersion().equals(ref.sourceVersion());
    }

    private static List<String> detailsCodes(DetailsCheck details) {
        var codes = new ArrayList<String>();
        if (!details.documentSupported()) {
            codes.add(DecisionReason.DOCUMENT_UNSUPPORTED.name());
        }
        if (!details.fieldsWith(MatchOutcome.MISMATCH).isEmpty()) {
            codes.add(DecisionReason.DETAILS_MISMATCH.name());
        }
        if (!details.fieldsWith(MatchOutcome.UNREADABLE).isEmpty()) {
            codes.add(DecisionReason.DETAILS_UNREADABLE.name());
        }
        details.fields().stream().filter(f -> f.outcome() != MatchOutcome.MATCH)
                .forEach(f -> codes.add(f.field().name() + "_" + f.outcome().name()));
        return codes;
    }

    private static String dependencyCode(DependencyException failure) {
        String code = "DEPENDENCY_" + failure.dependency().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        return code.length() > 64 ? code.substring(0, 64) : code;
    }

    /**
     * A stable, valid id for a package whose key names no valid id, so that its refusal can still be recorded and
     * reported. It is derived from a hash of the key, which may hold anything an uploader chose.
     */
    static ApplicationId unaddressableId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ApplicationId.of(INVALID_ID_PREFIX + HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
