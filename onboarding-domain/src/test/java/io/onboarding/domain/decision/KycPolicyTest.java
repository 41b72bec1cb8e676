package io.onboarding.domain.decision;

import static io.onboarding.domain.testing.TestApplications.anApplicant;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.matching.MatchReason;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.UnsupportedDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class KycPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final KycPolicy POLICY = KycPolicy.defaults();
    private static final FaceCheck FACE_PASSED = POLICY.evaluateFace(new FacesCompared(95, 2));
    private static final FaceCheck FACE_FAILED = POLICY.evaluateFace(new FacesCompared(0, 2));

    private static DetailsCheck details(MatchReason lastName) {
        var fields = new ArrayList<FieldMatch>();
        for (IdField field : IdField.APPLICANT_FIELDS) {
            fields.add(new FieldMatch(field, field == IdField.LAST_NAME ? lastName : MatchReason.EXACT));
        }
        return new DetailsCheck(true, fields, false);
    }

    private static DetailsCheck expired() {
        return new DetailsCheck(true, details(MatchReason.EXACT).fields(), true);
    }

    @ParameterizedTest(name = "similarity {0} passes: {1}")
    @CsvSource({"80.0, true", "79.99, false", "100, true", "0, false"})
    void passesTheFaceCheckFromTheThresholdUp(double similarity, boolean passes) {
        assertThat(POLICY.evaluateFace(new FacesCompared(similarity, 1)).passed()).isEqualTo(passes);
    }

    @Test
    void honoursAConfiguredFaceThreshold() {
        assertThat(POLICY.withFaceSimilarityThreshold(99).evaluateFace(new FacesCompared(95, 1)).passed()).isFalse();
    }

    @Test
    void neverPassesAFaceCheckWithoutFaces() {
        assertThat(POLICY.evaluateFace(new NoFaceInSelfie()).passed()).isFalse();
        assertThat(POLICY.evaluateFace(new NoFaceOnDocument()).failure())
                .contains(DecisionReason.NO_FACE_ON_DOCUMENT);
    }

    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of("all pass, validator not asked", FACE_PASSED, details(MatchReason.EXACT),
                        Optional.empty(), false, KycDecision.approved()),
                Arguments.of("all pass, waiting for validator", FACE_PASSED, details(MatchReason.EXACT),
                        Optional.empty(), true, new KycDecision(DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of())),
                Arguments.of("all pass, licence valid", FACE_PASSED, details(MatchReason.EXACT),
                        Optional.of(LicenseValidation.VALID), true, KycDecision.approved()),
                Arguments.of("licence invalid", FACE_PASSED, details(MatchReason.EXACT),
                        Optional.of(LicenseValidation.INVALID), true, KycDecision.rejected(DecisionReason.LICENSE_INVALID)),
                Arguments.of("face mismatch", FACE_FAILED, details(MatchReason.EXACT), Optional.empty(), false,
                        KycDecision.rejected(DecisionReason.FACE_MISMATCH)),
                Arguments.of("details mismatch", FACE_PASSED, details(MatchReason.DIFFERENT), Optional.empty(), false,
                        KycDecision.rejected(DecisionReason.DETAILS_MISMATCH)),
                Arguments.of("both fail", FACE_FAILED, details(MatchReason.DIFFERENT), Optional.empty(), false,
                        KycDecision.rejected(DecisionReason.FACE_MISMATCH, DecisionReason.DETAILS_MISMATCH)),
                Arguments.of("unreadable field", FACE_PASSED, details(MatchReason.LOW_CONFIDENCE), Optional.empty(),
                        false, KycDecision.needsReview(DecisionReason.DETAILS_UNREADABLE)),
                Arguments.of("no face", POLICY.evaluateFace(new NoFaceInSelfie()), details(MatchReason.EXACT),
                        Optional.empty(), false, KycDecision.needsReview(DecisionReason.NO_FACE_IN_SELFIE)),
                Arguments.of("unsupported", FACE_PASSED, DetailsCheck.unsupportedDocument(), Optional.empty(), false,
                        KycDecision.needsReview(DecisionReason.DOCUMENT_UNSUPPORTED)),
                Arguments.of("expired", FACE_PASSED, expired(), Optional.empty(), true,
                        KycDecision.needsReview(DecisionReason.LICENSE_EXPIRED)),
                Arguments.of("rejection keeps referral reasons", FACE_FAILED, details(MatchReason.LOW_CONFIDENCE),
                        Optional.empty(), false,
                        KycDecision.rejected(DecisionReason.FACE_MISMATCH, DecisionReason.DETAILS_UNREADABLE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void decidesFromTheChecks(String name, FaceCheck face, DetailsCheck details,
                              Optional<LicenseValidation> validation, boolean requested, KycDecision expected) {
        assertThat(POLICY.decide(face, details, validation, requested)).isEqualTo(expected);
    }

    @Test
    void rejectsInsteadOfReferringWhenConfiguredTo() {
        var strict = POLICY.withWhenExpired(DecisionOutcome.REJECTED).withWhenNoFace(DecisionOutcome.REJECTED)
                .withWhenUnreadable(DecisionOutcome.REJECTED);

        assertThat(strict.decide(FACE_PASSED, expired(), Optional.empty(), false))
                .isEqualTo(KycDecision.rejected(DecisionReason.LICENSE_EXPIRED));
        assertThat(strict.decide(strict.evaluateFace(new NoFaceOnDocument()), details(MatchReason.EXACT),
                Optional.empty(), false)).isEqualTo(KycDecision.rejected(DecisionReason.NO_FACE_ON_DOCUMENT));
        assertThat(strict.decide(FACE_PASSED, details(MatchReason.MISSING_ON_DOCUMENT), Optional.empty(), false))
                .isEqualTo(KycDecision.rejected(DecisionReason.DETAILS_UNREADABLE));
    }

    @ParameterizedTest(name = "{0}: face {1}, details {2} -> {3}")
    @CsvSource({
        "WHEN_BOTH_CHECKS_PASS, true, true, true",
        "WHEN_BOTH_CHECKS_PASS, true, false, false",
        "WHEN_BOTH_CHECKS_PASS, false, true, false",
        "ALWAYS, false, false, true",
        "NEVER, true, true, false"})
    void sendsTheLicenceToTheValidatorAsConfigured(LicenseValidationTrigger trigger, boolean facePassed,
                                                   boolean detailsPassed, boolean expected) {
        var policy = POLICY.withLicenseValidation(trigger);

        boolean validate = policy.shouldValidateLicense(facePassed ? FACE_PASSED : FACE_FAILED,
                details(detailsPassed ? MatchReason.EXACT : MatchReason.DIFFERENT));

        assertThat(validate).isEqualTo(expected);
    }

    @Test
    void detectsAnExpiredLicenceFromTheDocument() {
        var document = theSampleLicence()
                .with(IdField.EXPIRATION_DATE, ExtractedField.ofDate("01/12/2020", 98, LocalDate.of(2020, 1, 12)))
                .build();

        DetailsCheck check = POLICY.evaluateDetails(anApplicant().build(), document, TODAY);

        assertThat(check.licenseExpired()).isTrue();
        assertThat(check.passed()).isTrue();
    }

    @Test
    void treatsAnUnsupportedDocumentAsAFailedDetailsCheck() {
        DetailsCheck check = POLICY.evaluateDetails(anApplicant().build(), new UnsupportedDocument("x"), TODAY);

        assertThat(check.passed()).isFalse();
        assertThat(check.documentSupported()).isFalse();
    }

    @Test
    void refusesThresholdsOutsidePercentages() {
        assertThatThrownBy(() -> POLICY.withFaceSimilarityThreshold(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> POLICY.withConfidenceFloor(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesApprovalAsTheOutcomeOfAProblem() {
        assertThatThrownBy(() -> POLICY.withWhenExpired(DecisionOutcome.APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decisionsExplainEveryRejection() {
        assertThatThrownBy(() -> new KycDecision(DecisionOutcome.REJECTED, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KycDecision(DecisionOutcome.APPROVED, List.of(DecisionReason.FACE_MISMATCH)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
