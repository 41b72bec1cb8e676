package io.onboarding.records.testing;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.EffectState;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.application.Purge;
import io.onboarding.domain.application.Review;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.matching.MatchReason;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FaceTrait;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.model.SelfieFace;
import io.onboarding.domain.model.SelfieFaces;
import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.model.SelfieNotInspected;
import io.onboarding.domain.testing.FixedSelfieInspector;
import io.onboarding.domain.testing.TestApplications;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Application records for the record codec and the repository tests, from a fresh one to one with every part
 * present: every shape a stored record can take ({@link #everyShape}). Shipped in the codec's test-jar.
 */
public final class ApplicationRecords {
    /** With nanoseconds, so that a store that rounds instants shows. */
    public static final Instant RECEIVED = Instant.parse("2024-05-01T10:15:30.123456789Z");
    public static final String ETAG = "d41d8cd98f00b204e9800998ecf8427e";
    /** The reviewer's note in {@link #reviewedAndPurged}: free text, outside ASCII, over two lines. */
    public static final String REVIEW_NOTE = "Photo edges look edited;\ncalled Zo\u00eb at home \u260e";

    private ApplicationRecords() {
    }

    /** Revision 1 of the sample applicant NICK SAMPLE, as intake stores it. */
    public static ApplicationRecord sampleApplicant(String id) {
        return ApplicationRecord.accepted(ApplicationId.of(id), ETAG, 1, TestApplications.anApplicant().build(),
                RECEIVED);
    }

    /** The sample applicant after both checks passed and the validator said valid: the original's happy path. */
    public static ApplicationRecord sampleApplicantApproved(String id) {
        Instant at = RECEIVED.plusSeconds(5);
        return withDocuments(sampleApplicant(id), id, at)
                .withAttempt(at)
                .withFaceCheck(new FaceCheck(new FacesCompared(99.5, 2), true), at)
                .withDetailsCheck(new DetailsCheck(true, fieldResults(MatchReason.EXACT), false), at)
                .withEffect(Effect.QUEUE_LICENSE_CHECK, EffectState.done(at), at)
                .withLicenseValidation(LicenseValidation.VALID, at)
                .withDecision(KycDecision.approved(), at);
    }

    /**
     * A record with every optional part present, for the given face comparison: raw declared values (an empty one,
     * a spreadsheet formula), field results cycling through the match reasons from the first, an expired and
     * invalid licence, a rejection with three reasons, one effect done and one claimed.
     */
    public static ApplicationRecord fullyPopulated(String id, FaceComparison comparison) {
        return fullyPopulated(id, comparison, 0);
    }

    private static ApplicationRecord fullyPopulated(String id, FaceComparison comparison, int firstReason) {
        Instant at = RECEIVED.plusMillis(1500);
        boolean facePassed = comparison instanceof FacesCompared compared && compared.bestSimilarity() >= 80;
        var fields = new ArrayList<FieldMatch>();
        MatchReason[] reasons = MatchReason.values();
        for (int i = 0; i < IdField.APPLICANT_FIELDS.size(); i++) {
            fields.add(new FieldMatch(IdField.APPLICANT_FIELDS.get(i), reasons[(firstReason + i) % reasons.length]));
        }
        return ApplicationRecord.accepted(ApplicationId.of(id), ETAG, 1,
                        TestApplications.anApplicant().with(IdField.ZIP_CODE_IN_ADDRESS, "")
                                .with(IdField.ADDRESS, "=HYPERLINK(\"x\")").build(), RECEIVED)
                .withAttempt(at)
                .withAttempt(at.plusSeconds(1))
                .withFaceCheck(new FaceCheck(comparison, facePassed), at.plusSeconds(2))
                .withDetailsCheck(new DetailsCheck(true, fields, true), at.plusSeconds(3))
                .withLicenseValidation(LicenseValidation.INVALID, at.plusSeconds(4))
                .withDecision(KycDecision.rejected(DecisionReason.DETAILS_MISMATCH, DecisionReason.LICENSE_INVALID,
                        DecisionReason.LICENSE_EXPIRED), at.plusSeconds(5))
                .withEffect(Effect.NOTIFY_DETAILS_MATCH_FAILED, EffectState.done(at.plusSeconds(6)),
                        at.plusSeconds(6))
                .withEffect(Effect.NOTIFY_LICENSE_VALIDATION_FAILED, EffectState.claimed(at.plusSeconds(7), "claim-7"),
                        at.plusSeconds(7));
    }

    /**
     * The sample applicant after a face check with a selfie inspection: {@code selfie} judged by the default policy
     * beside a match of 99.5, and decided.
     */
    public static ApplicationRecord selfieChecked(String id, SelfieInspection selfie) {
        Instant at = RECEIVED.plusSeconds(3);
        KycPolicy policy = KycPolicy.defaults();
        FaceCheck face = policy.evaluateFace(new FacesCompared(99.5, 2), selfie);
        DetailsCheck details = new DetailsCheck(true, fieldResults(MatchReason.EXACT), false);
        return withDocuments(sampleApplicant(id), id, at)
                .withFaceCheck(face, at)
                .withDetailsCheck(details, at)
                .withDecision(policy.decide(face, details, Optional.empty(), false), at);
    }

    /** A package refused at intake, with its decision and notification. */
    public static ApplicationRecord refused(String id) {
        Instant at = RECEIVED.plusSeconds(1);
        return ApplicationRecord.refused(ApplicationId.of(id), "null", 1, RefusalReason.CSV_RAGGED, RECEIVED)
                .withEffect(Effect.NOTIFY_PACKAGE_REFUSED, EffectState.done(at), at)
                .withDecision(KycDecision.rejected(DecisionReason.PACKAGE_REFUSED), at);
    }

    /** A package that could not be read at all: neither applicant nor refusal, a dependency failure recorded. */
    public static ApplicationRecord unread(String id) {
        Instant at = RECEIVED.plusSeconds(3);
        return ApplicationRecord.unread(ApplicationId.of(id), ETAG, 1, RECEIVED)
                .withAttempt(RECEIVED.plusSeconds(1))
                .withAttempt(RECEIVED.plusSeconds(2))
                .withEffect(Effect.NOTIFY_PROCESSING_FAILED, EffectState.done(at), at)
                .withDecision(KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE), at);
    }

    /** The ID reader did not recognise the document: a details check with no field results. */
    public static ApplicationRecord unsupportedDocument(String id) {
        Instant at = RECEIVED.plusSeconds(2);
        return sampleApplicant(id)
                .withFaceCheck(new FaceCheck(new FacesCompared(100.0, 1), true), at)
                .withDetailsCheck(DetailsCheck.unsupportedDocument(), at)
                .withDecision(KycDecision.needsReview(DecisionReason.DOCUMENT_UNSUPPORTED), at);
    }

    /**
     * Both checks passed and the licence check is queued, not answered: pending, without reasons. The queued
     * check was claimed by a store that keeps no claim id, and a notification is claimed by this process.
     */
    public static ApplicationRecord pendingValidation(String id) {
        Instant at = RECEIVED.plusSeconds(4);
        return withDocuments(sampleApplicant(id), id, at)
                .withFaceCheck(new FaceCheck(new FacesCompared(93.25, 1), true), at)
                .withDetailsCheck(new DetailsCheck(true, fieldResults(MatchReason.EQUAL_AFTER_NORMALISATION),
                        false), at)
                .withEffect(Effect.QUEUE_LICENSE_CHECK, new EffectState(EffectState.Status.CLAIMED, at), at)
                .withEffect(Effect.NOTIFY_FACE_MATCH_FAILED, EffectState.claimed(at, "claim-4"), at)
                .withDecision(new KycDecision(DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of()), at);
    }

    /** Declared values outside ASCII and at the length limit, stored raw. */
    public static ApplicationRecord unusualValues(String id) {
        return ApplicationRecord.accepted(ApplicationId.of(id), "v\u00e9rsion \"2\"", 1,
                TestApplications.anApplicant().with(IdField.FIRST_NAME, "Zo\u00eb \u00c5sa \u5f20")
                        .with(IdField.LAST_NAME, "O'Brien\\Smith \"Jr\"")
                        .with(IdField.CITY_IN_ADDRESS, "x".repeat(256))
                        .with(IdField.ADDRESS, "1 Main St\nApt 2\t\u2603").build(), RECEIVED);
    }

    /**
     * A whole audit trail: both checks, the licence check queued and answered, a referral to review (a dependency
     * failed) and its notification, a person's rejection with a note (personal data, outside ASCII and over two
     * lines) and its notification, then the package and files purged on request. Each event comes from the
     * record's own changes, as in production.
     */
    public static ApplicationRecord reviewedAndPurged(String id) {
        List<ApplicationRecord> revisions = reviewedAndPurgedRevisions(id);
        return revisions.get(revisions.size() - 1);
    }

    /** Each revision of {@link #reviewedAndPurged}, from the first, as the pipeline and the people saved them. */
    public static List<ApplicationRecord> reviewedAndPurgedRevisions(String id) {
        Instant at = RECEIVED.plusSeconds(10);
        var revisions = new ArrayList<ApplicationRecord>();
        revisions.add(sampleApplicant(id));
        revisions.add(withDocuments(revisions.get(0), id, at));
        ApplicationRecord last = revisions.get(1);
        for (var step : List.<UnaryOperator<ApplicationRecord>>of(
                r -> r.withFaceCheck(new FaceCheck(new FacesCompared(96.5, 1), true), at.plusSeconds(1)),
                r -> r.withDetailsCheck(new DetailsCheck(true, fieldResults(MatchReason.EXACT), false),
                        at.plusSeconds(2)),
                r -> r.withEffectDone(Effect.QUEUE_LICENSE_CHECK, List.of(), at.plusSeconds(3)),
                r -> r.withDecision(new KycDecision(DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of()),
                        at.plusSeconds(3)),
                r -> r.withLicenseValidation(LicenseValidation.VALID, at.plusSeconds(4)),
                r -> r.withDecision(KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE), at.plusSeconds(5)),
                r -> r.withEffectDone(Effect.NOTIFY_PROCESSING_FAILED,
                        List.of("PROCESSING_FAILED", "DEPENDENCY_FAILURE"), at.plusSeconds(6)),
                r -> r.withReview(new Review(at.plusSeconds(3600), "officer-17", DecisionOutcome.REJECTED,
                        "DOCUMENT_TAMPERED", Optional.of(REVIEW_NOTE))),
                r -> r.withEffectDone(Effect.NOTIFY_REVIEWED, List.of("REVIEWED", "REJECTED", "DOCUMENT_TAMPERED"),
                        at.plusSeconds(3601)),
                r -> r.withPurge(new Purge(at.plusSeconds(7200), "dpo@bank.example", "CUSTOMER_REQUEST")))) {
            last = step.apply(last);
            revisions.add(last);
        }
        return List.copyOf(revisions);
    }

    /** A referral approved by a reviewer who left no note; nothing purged. */
    public static ApplicationRecord approvedInReview(String id) {
        ApplicationRecord referred = unsupportedDocument(id);
        return referred.withReview(new Review(referred.updatedAt().plusMillis(250), "officer-3",
                DecisionOutcome.APPROVED, "MANUAL_CHECK_PASSED", Optional.empty()));
    }

    /** An approved application whose files were purged: a purge without a review. */
    public static ApplicationRecord purgedWithoutReview(String id) {
        ApplicationRecord approved = sampleApplicantApproved(id);
        return approved.withPurge(new Purge(approved.updatedAt().plusSeconds(86_400), "ops-1", "RETENTION_ENDED"));
    }

    /** The same record as a release before the history stored it: no history, no review, no purge. */
    public static ApplicationRecord withoutHistory(ApplicationRecord record) {
        return new ApplicationRecord(record.id(), record.sourceVersion(), record.revision(), record.attempts(),
                record.receivedAt(), record.updatedAt(), record.applicant(), record.refusal(), record.documents(),
                record.faceCheck(), record.detailsCheck(), record.licenseValidation(), record.decision(),
                record.effects(), List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * Every shape a stored record can take, each under its own id ({@code <prefix>-<shape>}): fresh, with stored
     * documents, each face result, every match reason, an unsupported document, an expired licence, both
     * validation answers, each decision outcome, effects done and claimed with and without claim id, refused and
     * unread packages, unusual declared values, reviews with and without a note, purges with and without a
     * review, a record without history (as written before there was one), and selfie checks passed, failed, with no
     * face and not inspected.
     */
    public static List<ApplicationRecord> everyShape(String idPrefix) {
        return List.of(
                sampleApplicant(idPrefix + "-new"),
                withDocuments(sampleApplicant(idPrefix + "-documents"), idPrefix + "-documents",
                        RECEIVED.plusSeconds(1)),
                sampleApplicantApproved(idPrefix + "-approved"),
                fullyPopulated(idPrefix + "-compared", new FacesCompared(87.123456789012, 3)),
                fullyPopulated(idPrefix + "-below-floor", new FacesCompared(0.0, 1), 1),
                fullyPopulated(idPrefix + "-no-selfie-face", new NoFaceInSelfie()),
                fullyPopulated(idPrefix + "-no-document-face", new NoFaceOnDocument(), 1),
                unsupportedDocument(idPrefix + "-unsupported"),
                pendingValidation(idPrefix + "-pending"),
                refused(idPrefix + "-refused"),
                unread(idPrefix + "-unread"),
                unusualValues(idPrefix + "-unusual"),
                reviewedAndPurged(idPrefix + "-reviewed-purged"),
                approvedInReview(idPrefix + "-approved-in-review"),
                purgedWithoutReview(idPrefix + "-purged"),
                withoutHistory(sampleApplicantApproved(idPrefix + "-no-history")),
                selfieChecked(idPrefix + "-selfie-ok", SelfieFaces.of(FixedSelfieInspector.GOOD_FACE)),
                selfieChecked(idPrefix + "-selfie-failed", SelfieFaces.of(SelfieFace.ofSize(0.3, 0.4),
                        FixedSelfieInspector.GOOD_FACE.withQuality(3.25, 97.5)
                                .withSunglasses(new FaceTrait(true, 99.125)))),
                selfieChecked(idPrefix + "-selfie-no-face", SelfieFaces.of()),
                selfieChecked(idPrefix + "-selfie-not-inspected", new SelfieNotInspected()));
    }

    /** The same record at another revision: one of the revisions saved before it, or a copy to store without one. */
    public static ApplicationRecord atRevision(ApplicationRecord record, long revision) {
        return new ApplicationRecord(record.id(), record.sourceVersion(), revision, record.attempts(),
                record.receivedAt(), record.updatedAt(), record.applicant(), record.refusal(), record.documents(),
                record.faceCheck(), record.detailsCheck(), record.licenseValidation(), record.decision(),
                record.effects(), record.history(), record.review(), record.purge());
    }

    public static List<FieldMatch> fieldResults(MatchReason reason) {
        return IdField.APPLICANT_FIELDS.stream().map(field -> new FieldMatch(field, reason)).toList();
    }

    private static ApplicationRecord withDocuments(ApplicationRecord record, String id, Instant at) {
        return record.withDocuments(new StoredDocuments(new DocumentRef("unzipped/" + id + "_details.csv"),
                new DocumentRef("unzipped/" + id + "_selfie.png"), new DocumentRef("unzipped/" + id + "_license.png")),
                at);
    }
}
