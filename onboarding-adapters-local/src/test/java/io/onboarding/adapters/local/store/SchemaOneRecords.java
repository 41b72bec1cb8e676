package io.onboarding.adapters.local.store;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.EffectState;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.records.testing.ApplicationRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The records behind {@code src/test/resources/records-schema-1/}: files written by the release before the shared
 * record codec (record schema 1, nested objects), which this release reads through a migration.
 */
final class SchemaOneRecords {
    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

    private SchemaOneRecords() {
    }

    /** Every part present: documents, compared faces, field results of every outcome, validation, effects. */
    static ApplicationRecord rejected() {
        DetailsCheck details = KycPolicy.defaults().evaluateDetails(
                TestApplications.anApplicant().with(IdField.LAST_NAME, "JOHN").build(),
                TestApplications.theSampleLicence().build(), LocalDate.of(2026, 6, 1));
        return ApplicationRecord.accepted(ApplicationId.of("7a135804"), "v1", 1,
                        TestApplications.anApplicant().with(IdField.LAST_NAME, "JOHN").build(), AT)
                .withDocuments(new StoredDocuments(new DocumentRef("unzipped/7a135804_details.csv"),
                        new DocumentRef("unzipped/7a135804_selfie.png"),
                        new DocumentRef("unzipped/7a135804_license.png")), AT)
                .withFaceCheck(new FaceCheck(new FacesCompared(99.40717315673828, 2), true), AT.plusSeconds(1))
                .withDetailsCheck(details, AT.plusSeconds(2))
                .withLicenseValidation(LicenseValidation.INVALID, AT.plusSeconds(3))
                .withEffect(Effect.NOTIFY_DETAILS_MATCH_FAILED, EffectState.done(AT), AT.plusSeconds(4))
                .withEffect(Effect.QUEUE_LICENSE_CHECK, EffectState.claimed(AT, "claim-1"), AT.plusSeconds(5))
                .withDecision(KycDecision.rejected(DecisionReason.DETAILS_MISMATCH, DecisionReason.LICENSE_INVALID),
                        AT.plusSeconds(6));
    }

    /** No face on the licence and an unsupported document: no similarity, no field results, no effects. */
    static ApplicationRecord unsupported() {
        return ApplicationRecord.accepted(ApplicationId.of("unsupported1"), "v2", 3,
                        TestApplications.anApplicant().with(IdField.ZIP_CODE_IN_ADDRESS, "").build(), AT)
                .withAttempt(AT.plusSeconds(1))
                .withFaceCheck(new FaceCheck(new NoFaceOnDocument(), false), AT.plusSeconds(2))
                .withDetailsCheck(DetailsCheck.unsupportedDocument(), AT.plusSeconds(3))
                .withDecision(KycDecision.needsReview(DecisionReason.NO_FACE_ON_DOCUMENT,
                        DecisionReason.DOCUMENT_UNSUPPORTED), AT.plusSeconds(4));
    }

    static ApplicationRecord refused() {
        return ApplicationRecord.refused(ApplicationId.of("refused1"), "v3", 1, RefusalReason.PATH_TRAVERSAL, AT)
                .withEffect(Effect.NOTIFY_PACKAGE_REFUSED, EffectState.done(AT), AT)
                .withDecision(KycDecision.rejected(DecisionReason.PACKAGE_REFUSED), AT);
    }

    static ApplicationRecord unread() {
        return ApplicationRecord.unread(ApplicationId.of("unread1"), "v4", 1, AT)
                .withEffect(Effect.NOTIFY_PROCESSING_FAILED, EffectState.done(AT.plusSeconds(1)), AT.plusSeconds(1))
                .withDecision(KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE), AT.plusSeconds(2));
    }

    /** As read: schema 1 kept no history, so each comes back with an empty one. */
    static List<ApplicationRecord> all() {
        return Stream.of(rejected(), unsupported(), refused(), unread()).map(ApplicationRecords::withoutHistory)
                .toList();
    }
}
