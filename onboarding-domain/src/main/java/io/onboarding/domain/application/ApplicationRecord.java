package io.onboarding.domain.application;

import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.RefusalReason;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything recorded about one application: which upload it came from ({@code sourceVersion}), what each check
 * found, the decision, and the progress of its notifications and queued check. {@code revision} grows by one with
 * every stored change; {@link ApplicationRepository#save} uses it for optimistic concurrency.
 */
public record ApplicationRecord(
        ApplicationId id,
        String sourceVersion,
        long revision,
        int attempts,
        Instant receivedAt,
        Instant updatedAt,
        Optional<ApplicantDetails> applicant,
        Optional<RefusalReason> refusal,
        Optional<StoredDocuments> documents,
        Optional<FaceCheck> faceCheck,
        Optional<DetailsCheck> detailsCheck,
        Optional<LicenseValidation> licenseValidation,
        Optional<KycDecision> decision,
        Map<Effect, EffectState> effects) {

    public ApplicationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceVersion, "sourceVersion");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(faceCheck, "faceCheck");
        Objects.requireNonNull(detailsCheck, "detailsCheck");
        Objects.requireNonNull(licenseValidation, "licenseValidation");
        Objects.requireNonNull(decision, "decision");
        if (revision < 1) {
            throw new IllegalArgumentException("revision starts at 1");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
        if (applicant.isPresent() && refusal.isPresent()) {
            throw new IllegalArgumentException("a record holds the applicant's details or a refusal, not both");
        }
        if (documents.isPresent() && applicant.isEmpty()) {
            throw new IllegalArgumentException("only an accepted package has stored documents");
        }
        effects = effects.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(effects));
    }

    /**
     * A new record for an accepted package, made by its first processing attempt. {@code revision} follows whatever
     * was stored for this id before.
     */
    public static ApplicationRecord accepted(ApplicationId id, String sourceVersion, long revision,
                                             ApplicantDetails applicant, Instant at) {
        return new ApplicationRecord(id, sourceVersion, revision, 1, at, at, Optional.of(applicant),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of());
    }

    /**
     * A new record for a refused package. Its decision is added once the refusal is notified: a decision marks
     * a finished upload, so it is always written last.
     */
    public static ApplicationRecord refused(ApplicationId id, String sourceVersion, long revision,
                                            RefusalReason reason, Instant at) {
        return new ApplicationRecord(id, sourceVersion, revision, 1, at, at, Optional.empty(), Optional.of(reason),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /**
     * A new record for a package that could not be read at all (it was gone, or its store failed for good), so
     * that the failure can still be recorded and notified. It holds neither the applicant's details nor a refusal.
     */
    public static ApplicationRecord unread(ApplicationId id, String sourceVersion, long revision, Instant at) {
        return new ApplicationRecord(id, sourceVersion, revision, 1, at, at, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** The next revision of this record, stamped {@code at}. Every change goes through here. */
    private ApplicationRecord next(Instant at, int newAttempts, Optional<StoredDocuments> docs,
                                   Optional<FaceCheck> face, Optional<DetailsCheck> details, Optional<LicenseValidation> validation,
                                   Optional<KycDecision> newDecision, Map<Effect, EffectState> newEffects) {
        return new ApplicationRecord(id, sourceVersion, revision + 1, newAttempts, receivedAt, at, applicant,
                refusal, docs, face, details, validation, newDecision, newEffects);
    }

    public ApplicationRecord withAttempt(Instant at) {
        return next(at, attempts + 1, documents, faceCheck, detailsCheck, licenseValidation, decision, effects);
    }

    public ApplicationRecord withDocuments(StoredDocuments stored, Instant at) {
        if (applicant.isEmpty()) {
            throw new IllegalStateException("only an accepted package has stored documents");
        }
        return next(at, attempts, Optional.of(stored), faceCheck, detailsCheck, licenseValidation, decision, effects);
    }

    public ApplicationRecord withFaceCheck(FaceCheck check, Instant at) {
        return next(at, attempts, documents, Optional.of(check), detailsCheck, licenseValidation, decision, effects);
    }

    public ApplicationRecord withDetailsCheck(DetailsCheck check, Instant at) {
        return next(at, attempts, documents, faceCheck, Optional.of(check), licenseValidation, decision, effects);
    }

    public ApplicationRecord withLicenseValidation(LicenseValidation validation, Instant at) {
        return next(at, attempts, documents, faceCheck, detailsCheck, Optional.of(validation), decision, effects);
    }

    public ApplicationRecord withDecision(KycDecision newDecision, Instant at) {
        return next(at, attempts, documents, faceCheck, detailsCheck, licenseValidation, Optional.of(newDecision),
                effects);
    }

    public ApplicationRecord withEffect(Effect effect, EffectState state, Instant at) {
        var copy = new EnumMap<Effect, EffectState>(Effect.class);
        copy.putAll(effects);
        copy.put(effect, state);
        return next(at, attempts, documents, faceCheck, detailsCheck, licenseValidation, decision, copy);
    }

    public ApplicationRecord withoutEffect(Effect effect, Instant at) {
        var copy = new EnumMap<Effect, EffectState>(Effect.class);
        copy.putAll(effects);
        copy.remove(effect);
        return next(at, attempts, documents, faceCheck, detailsCheck, licenseValidation, decision, copy);
    }

    public Optional<EffectState> effect(Effect effect) {
        return Optional.ofNullable(effects.get(effect));
    }

    /** True once the licence check was handed to the queue. */
    public boolean licenseCheckQueued() {
        return effect(Effect.QUEUE_LICENSE_CHECK).map(EffectState::isDone).orElse(false);
    }

    @Override
    public String toString() {
        return "ApplicationRecord[id=" + id + ", sourceVersion=" + sourceVersion + ", revision=" + revision
                + ", decision=" + decision.map(KycDecision::outcome).map(Enum::name).orElse("-")
                + ", refusal=" + refusal.map(Enum::name).orElse("-") + "]";
    }
}
