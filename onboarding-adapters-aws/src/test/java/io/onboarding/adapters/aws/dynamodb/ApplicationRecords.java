package io.onboarding.adapters.aws.dynamodb;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.EffectState;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.matching.MatchReason;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.testing.TestApplications;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Application records for the repository tests, from a fresh one to one with every field populated. */
final class ApplicationRecords {
    static final Instant RECEIVED = Instant.parse("2024-05-01T10:15:30.123456789Z");
    static final String ETAG = "d41d8cd98f00b204e9800998ecf8427e";

    private ApplicationRecords() {
    }

    /** Revision 1 of the sample applicant NICK SAMPLE, as intake stores it. */
    static ApplicationRecord sampleApplicant(String id) {
        return ApplicationRecord.accepted(ApplicationId.of(id), ETAG, 1, TestApplications.anApplicant().build(),
                RECEIVED);
    }

    /** The sample applicant after both checks passed and the validator said valid: the original's happy path. */
    static ApplicationRecord sampleApplicantApproved(String id) {
        Instant at = RECEIVED.plusSeconds(5);
        return sampleApplicant(id)
                .withAttempt(at)
                .withFaceCheck(new FaceCheck(new FacesCompared(99.5, 2), true), at)
                .withDetailsCheck(new DetailsCheck(true, fieldResults(MatchReason.EXACT), false), at)
                .withEffect(Effect.QUEUE_LICENSE_CHECK, EffectState.done(at), at)
                .withLicenseValidation(LicenseValidation.VALID, at)
                .withDecision(KycDecision.approved(), at);
    }

    /** A record with every optional part present, for the given face comparison. */
    static ApplicationRecord fullyPopulated(String id, FaceComparison comparison) {
        Instant at = RECEIVED.plusMillis(1500);
        boolean facePassed = comparison instanceof FacesCompared compared && compared.bestSimilarity() >= 80;
        var fields = new ArrayList<FieldMatch>();
        MatchReason[] reasons = MatchReason.values();
        for (int i = 0; i < IdField.APPLICANT_FIELDS.size(); i++) {
            fields.add(new FieldMatch(IdField.APPLICANT_FIELDS.get(i), reasons[i % reasons.length]));
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

    /** A package refused at intake, with its decision and notification. */
    static ApplicationRecord refused(String id) {
        Instant at = RECEIVED.plusSeconds(1);
        return ApplicationRecord.refused(ApplicationId.of(id), "null", 1, RefusalReason.CSV_RAGGED, RECEIVED)
                .withEffect(Effect.NOTIFY_PACKAGE_REFUSED, EffectState.done(at), at)
                .withDecision(KycDecision.rejected(DecisionReason.PACKAGE_REFUSED), at);
    }

    /** Every variant the mapper distinguishes, named for test output. */
    static List<ApplicationRecord> everyVariant(String idPrefix) {
        return List.of(
                sampleApplicant(idPrefix + "-new"),
                sampleApplicantApproved(idPrefix + "-approved"),
                fullyPopulated(idPrefix + "-compared", new FacesCompared(87.123456789012, 3)),
                fullyPopulated(idPrefix + "-below-floor", new FacesCompared(0.0, 1)),
                fullyPopulated(idPrefix + "-no-selfie-face", new NoFaceInSelfie()),
                fullyPopulated(idPrefix + "-no-document-face", new NoFaceOnDocument()),
                unsupportedDocument(idPrefix + "-unsupported"),
                refused(idPrefix + "-refused"));
    }

    /** The ID reader did not recognise the document: a details check with no field results. */
    static ApplicationRecord unsupportedDocument(String id) {
        Instant at = RECEIVED.plusSeconds(2);
        return sampleApplicant(id)
                .withFaceCheck(new FaceCheck(new FacesCompared(100.0, 1), true), at)
                .withDetailsCheck(DetailsCheck.unsupportedDocument(), at)
                .withDecision(KycDecision.needsReview(DecisionReason.DOCUMENT_UNSUPPORTED), at);
    }

    static List<FieldMatch> fieldResults(MatchReason reason) {
        return IdField.APPLICANT_FIELDS.stream().map(field -> new FieldMatch(field, reason)).toList();
    }
}
