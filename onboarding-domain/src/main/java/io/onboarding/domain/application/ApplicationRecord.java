package io.onboarding.domain.application;

import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.RefusalReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything recorded about one application: which upload it came from ({@code sourceVersion}), what each check
 * found, the decision, and the progress of its notifications and queued check. {@code revision} grows by one with
 * every stored change; {@link ApplicationRepository#save} uses it for optimistic concurrency.
 *
 * <p>{@code history} is the application's audit trail. It is append-only by construction: every change made
 * through this type adds its {@link HistoryEvent} and none removes or alters one, and a new upload of the same id
 * starts from the replaced record's history ({@link #continuing}). {@code review} and {@code purge} hold what a
 * person decided or asked for.
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
        Map<Effect, EffectState> effects,
        List<HistoryEvent> history,
        Optional<Review> review,
        Optional<Purge> purge) {

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
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(purge, "purge");
        history = List.copyOf(history);
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
        if (review.isPresent() && decision.map(KycDecision::outcome).orElse(null) != review.get().outcome()) {
            throw new IllegalArgumentException("a reviewed application's decision is the review's");
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
                Optional.empty(), Map.of(), List.of(HistoryEvent.system(at, HistoryEvent.Kind.RECEIVED,
                        List.of("ACCEPTED"))), Optional.empty(), Optional.empty());
    }

    /**
     * A new record for a refused package. Its decision is added once the refusal is notified: a decision marks
     * a finished upload, so it is always written last.
     */
    public static ApplicationRecord refused(ApplicationId id, String sourceVersion, long revision,
                                            RefusalReason reason, Instant at) {
        return new ApplicationRecord(id, sourceVersion, revision, 1, at, at, Optional.empty(), Optional.of(reason),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                List.of(HistoryEvent.system(at, HistoryEvent.Kind.REFUSED, List.of(reason.name()))),
                Optional.empty(), Optional.empty());
    }

    /**
     * A new record for a package that could not be read at all (it was gone, or its store failed for good), so
     * that the failure can still be recorded and notified. It holds neither the applicant's details nor a refusal.
     */
    public static ApplicationRecord unread(ApplicationId id, String sourceVersion, long revision, Instant at) {
        return new ApplicationRecord(id, sourceVersion, revision, 1, at, at, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                List.of(HistoryEvent.system(at, HistoryEvent.Kind.NOT_READ, List.of())), Optional.empty(),
                Optional.empty());
    }

    /**
     * This new record, its history preceded by that of the record it replaces (an earlier upload of the same id),
     * so that replacing a record never loses its audit trail.
     */
    public ApplicationRecord continuing(Optional<ApplicationRecord> replaced) {
        if (replaced.isEmpty()) {
            return this;
        }
        var all = new ArrayList<HistoryEvent>(replaced.get().history());
        all.addAll(history);
        return new ApplicationRecord(id, sourceVersion, revision, attempts, receivedAt, updatedAt, applicant,
                refusal, documents, faceCheck, detailsCheck, licenseValidation, decision, effects, all, review,
                purge);
    }

    /** The next revision of this record, stamped {@code at}, with {@code event} appended when there is one. */
    private ApplicationRecord next(Instant at, int newAttempts, Optional<StoredDocuments> docs,
                                   Optional<FaceCheck> face, Optional<DetailsCheck> details,
                                   Optional<LicenseValidation> validation, Optional<KycDecision> newDecision,
                                   Map<Effect, EffectState> newEffects, Optional<Review> newReview,
                                   Optional<Purge> newPurge, Optional<HistoryEvent> event) {
        List<HistoryEvent> newHistory = history;
        if (event.isPresent()) {
            var appended = new ArrayList<HistoryEvent>(history);
            appended.add(event.get());
            newHistory = appended;
        }
        return new ApplicationRecord(id, sourceVersion, revision + 1, newAttempts, receivedAt, at, applicant,
                refusal, docs, face, details, validation, newDecision, newEffects, newHistory, newReview, newPurge);
    }

    private ApplicationRecord next(Instant at, Optional<StoredDocuments> docs, Optional<FaceCheck> face,
                                   Optional<DetailsCheck> details, Optional<LicenseValidation> validation,
                                   Optional<KycDecision> newDecision, HistoryEvent event) {
        return next(at, attempts, docs, face, details, validation, newDecision, effects, review, purge,
                Optional.of(event));
    }

    /** Another delivery of this upload. */
    public ApplicationRecord withAttempt(Instant at) {
        HistoryEvent event = HistoryEvent.system(at, HistoryEvent.Kind.REDELIVERED,
                List.of("ATTEMPT_" + (attempts + 1)));
        return next(at, attempts + 1, documents, faceCheck, detailsCheck, licenseValidation, decision, effects,
                review, purge, Optional.of(event));
    }

    public ApplicationRecord withDocuments(StoredDocuments stored, Instant at) {
        if (applicant.isEmpty()) {
            throw new IllegalStateException("only an accepted package has stored documents");
        }
        return next(at, Optional.of(stored), faceCheck, detailsCheck, licenseValidation, decision,
                HistoryEvent.system(at, HistoryEvent.Kind.DOCUMENTS_STORED, List.of()));
    }

    public ApplicationRecord withFaceCheck(FaceCheck check, Instant at) {
        return next(at, documents, Optional.of(check), detailsCheck, licenseValidation, decision,
                HistoryEvent.system(at, HistoryEvent.Kind.FACE_CHECKED, check.codes()));
    }

    public ApplicationRecord withDetailsCheck(DetailsCheck check, Instant at) {
        return next(at, documents, faceCheck, Optional.of(check), licenseValidation, decision,
                HistoryEvent.system(at, HistoryEvent.Kind.DETAILS_CHECKED, detailsCodes(check)));
    }

    public ApplicationRecord withLicenseValidation(LicenseValidation validation, Instant at) {
        return next(at, documents, faceCheck, detailsCheck, Optional.of(validation), decision,
                HistoryEvent.system(at, HistoryEvent.Kind.LICENSE_VALIDATED, List.of(validation.name())));
    }

    /** Records {@code newDecision}, replacing a pending one. */
    public ApplicationRecord withDecision(KycDecision newDecision, Instant at) {
        var event = new HistoryEvent(at, HistoryEvent.Kind.DECIDED, HistoryEvent.SYSTEM,
                newDecision.reasons().stream().map(Enum::name).toList(), decision.map(KycDecision::outcome),
                Optional.of(newDecision.outcome()));
        return next(at, documents, faceCheck, detailsCheck, licenseValidation, Optional.of(newDecision), event);
    }

    /**
     * Records a person's decision on an application that needs review: the decision becomes the review's
     * (REJECTED with {@link DecisionReason#REJECTED_IN_REVIEW}).
     *
     * @throws IllegalStateException when the application does not need review
     */
    public ApplicationRecord withReview(Review newReview) {
        if (!awaitsReview()) {
            throw new IllegalStateException("application " + id + " does not need review");
        }
        KycDecision reviewed = newReview.outcome() == DecisionOutcome.APPROVED
                ? KycDecision.approved() : KycDecision.rejected(DecisionReason.REJECTED_IN_REVIEW);
        var event = new HistoryEvent(newReview.at(), HistoryEvent.Kind.REVIEWED, newReview.reviewer(),
                List.of(newReview.reasonCode()), Optional.of(DecisionOutcome.NEEDS_REVIEW),
                Optional.of(newReview.outcome()));
        return next(newReview.at(), attempts, documents, faceCheck, detailsCheck, licenseValidation,
                Optional.of(reviewed), effects, Optional.of(newReview), purge, Optional.of(event));
    }

    /** Records that the package and its files were deleted on request. */
    public ApplicationRecord withPurge(Purge newPurge) {
        var event = new HistoryEvent(newPurge.at(), HistoryEvent.Kind.DOCUMENTS_PURGED, newPurge.requestedBy(),
                List.of(newPurge.reasonCode()), Optional.empty(), Optional.empty());
        return next(newPurge.at(), attempts, documents, faceCheck, detailsCheck, licenseValidation, decision,
                effects, review, Optional.of(newPurge), Optional.of(event));
    }

    /** A claim or its release: bookkeeping, not history. */
    public ApplicationRecord withEffect(Effect effect, EffectState state, Instant at) {
        var copy = new EnumMap<Effect, EffectState>(Effect.class);
        copy.putAll(effects);
        copy.put(effect, state);
        return next(at, attempts, documents, faceCheck, detailsCheck, licenseValidation, decision, copy, review,
                purge, Optional.empty());
    }

    /**
     * Marks {@code effect} done and adds it to the history: a notification with its kind and reason codes
     * ({@code codes}), or the queued licence check.
     */
    public ApplicationRecord withEffectDone(Effect effect, List<String> codes, Instant at) {
        var copy = new EnumMap<Effect, EffectState>(Effect.class);
        copy.putAll(effects);
        copy.put(effect, EffectState.done(at));
        HistoryEvent.Kind kind = effect == Effect.QUEUE_LICENSE_CHECK
                ? HistoryEvent.Kind.LICENSE_CHECK_QUEUED : HistoryEvent.Kind.NOTIFIED;
        return next(at, attempts, documents, faceCheck, detailsCheck, licenseValidation, decision, copy, review,
                purge, Optional.of(HistoryEvent.system(at, kind, codes)));
    }

    public ApplicationRecord withoutEffect(Effect effect, Instant at) {
        var copy = new EnumMap<Effect, EffectState>(Effect.class);
        copy.putAll(effects);
        copy.remove(effect);
        return next(at, attempts, documents, faceCheck, detailsCheck, licenseValidation, decision, copy, review,
                purge, Optional.empty());
    }

    /** True while the application's decision is NEEDS_REVIEW and no one has reviewed it. */
    public boolean awaitsReview() {
        return review.isEmpty() && decision.map(KycDecision::outcome).orElse(null) == DecisionOutcome.NEEDS_REVIEW;
    }

    private static List<String> detailsCodes(DetailsCheck check) {
        if (!check.documentSupported()) {
            return List.of(DecisionReason.DOCUMENT_UNSUPPORTED.name());
        }
        var codes = new ArrayList<String>();
        for (FieldMatch field : check.fields()) {
            codes.add(field.field().name() + "_" + field.outcome().name());
        }
        if (check.licenseExpired()) {
            codes.add(DecisionReason.LICENSE_EXPIRED.name());
        }
        return codes;
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
