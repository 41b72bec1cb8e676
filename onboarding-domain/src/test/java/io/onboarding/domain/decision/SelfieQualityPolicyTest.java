package io.onboarding.domain.decision;

import static io.onboarding.domain.testing.FixedSelfieInspector.GOOD_FACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.matching.MatchReason;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FaceTrait;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.HeadPose;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.SelfieFace;
import io.onboarding.domain.model.SelfieFaces;
import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.model.SelfieNotInspected;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The selfie rules, each on both sides of its threshold, and what a failed selfie does to the decision. */
class SelfieQualityPolicyTest {
    private static final SelfieQualityPolicy RULES = SelfieQualityPolicy.defaults();
    private static final KycPolicy POLICY = KycPolicy.defaults();

    private static SelfieFace good(UnaryOperator<SelfieFace> change) {
        return change.apply(GOOD_FACE);
    }

    private static SelfieFace sized(double share) {
        return new SelfieFace(share, share, GOOD_FACE.confidence(), GOOD_FACE.pose(), GOOD_FACE.sharpness(),
                GOOD_FACE.brightness(), GOOD_FACE.eyesOpen(), GOOD_FACE.sunglasses());
    }

    private static SelfieFace posed(double yaw, double pitch, double roll) {
        return GOOD_FACE.withPose(HeadPose.of(yaw, pitch, roll));
    }

    static Stream<Arguments> faces() {
        return Stream.of(
                // name, inspection, issues expected
                Arguments.of("one good face", SelfieFaces.of(GOOD_FACE), List.of()),
                Arguments.of("no face", SelfieFaces.of(), List.of(SelfieIssue.NO_FACE)),
                Arguments.of("two faces that could each be the applicant",
                        SelfieFaces.of(GOOD_FACE, sized(0.3)), List.of(SelfieIssue.SEVERAL_FACES)),
                Arguments.of("a second face too small to be the applicant's",
                        SelfieFaces.of(GOOD_FACE, sized(0.049)), List.of()),
                Arguments.of("a second face the detector doubts",
                        SelfieFaces.of(GOOD_FACE, sized(0.3).withConfidence(89.9)), List.of()),
                Arguments.of("face at the minimum size", SelfieFaces.of(sized(0.05)), List.of()),
                Arguments.of("face below the minimum size", SelfieFaces.of(sized(0.0499)),
                        List.of(SelfieIssue.FACE_TOO_SMALL)),
                Arguments.of("only the height is large enough (a landscape image)",
                        SelfieFaces.of(new SelfieFace(0.03, 0.06, GOOD_FACE.confidence(), GOOD_FACE.pose(),
                                GOOD_FACE.sharpness(), GOOD_FACE.brightness(), GOOD_FACE.eyesOpen(),
                                GOOD_FACE.sunglasses())), List.of()),
                Arguments.of("confidence at the floor", SelfieFaces.of(good(f -> f.withConfidence(90))), List.of()),
                Arguments.of("confidence below the floor", SelfieFaces.of(good(f -> f.withConfidence(89.99))),
                        List.of(SelfieIssue.LOW_CONFIDENCE)),
                Arguments.of("yaw 45 either way", SelfieFaces.of(posed(-45, 0, 0)), List.of()),
                Arguments.of("yaw beyond 45", SelfieFaces.of(posed(45.1, 0, 0)),
                        List.of(SelfieIssue.POSE_OUT_OF_RANGE)),
                Arguments.of("yaw beyond -45", SelfieFaces.of(posed(-60, 0, 0)),
                        List.of(SelfieIssue.POSE_OUT_OF_RANGE)),
                Arguments.of("looking up 45", SelfieFaces.of(posed(0, 45, 0)), List.of()),
                Arguments.of("looking up beyond 45", SelfieFaces.of(posed(0, 45.5, 0)),
                        List.of(SelfieIssue.POSE_OUT_OF_RANGE)),
                Arguments.of("looking down 30", SelfieFaces.of(posed(0, -30, 0)), List.of()),
                Arguments.of("looking down beyond 30", SelfieFaces.of(posed(0, -31, 0)),
                        List.of(SelfieIssue.POSE_OUT_OF_RANGE)),
                Arguments.of("any roll", SelfieFaces.of(posed(0, 0, 170)), List.of()),
                Arguments.of("sharpness at the floor", SelfieFaces.of(good(f -> f.withQuality(15, 50))), List.of()),
                Arguments.of("blurred", SelfieFaces.of(good(f -> f.withQuality(14.9, 50))),
                        List.of(SelfieIssue.TOO_BLURRED)),
                Arguments.of("brightness at the floor", SelfieFaces.of(good(f -> f.withQuality(80, 20))), List.of()),
                Arguments.of("dark", SelfieFaces.of(good(f -> f.withQuality(80, 19.9))),
                        List.of(SelfieIssue.TOO_DARK)),
                Arguments.of("brightness at the ceiling", SelfieFaces.of(good(f -> f.withQuality(80, 95))), List.of()),
                Arguments.of("overexposed", SelfieFaces.of(good(f -> f.withQuality(80, 95.1))),
                        List.of(SelfieIssue.TOO_BRIGHT)),
                Arguments.of("eyes closed, confidently", SelfieFaces.of(good(f -> f.withEyesOpen(
                        new FaceTrait(false, 95)))), List.of(SelfieIssue.EYES_CLOSED)),
                Arguments.of("eyes closed, unsure", SelfieFaces.of(good(f -> f.withEyesOpen(
                        new FaceTrait(false, 89.9)))), List.of()),
                Arguments.of("sunglasses, confidently", SelfieFaces.of(good(f -> f.withSunglasses(
                        new FaceTrait(true, 90)))), List.of(SelfieIssue.SUNGLASSES)),
                Arguments.of("sunglasses, unsure", SelfieFaces.of(good(f -> f.withSunglasses(
                        new FaceTrait(true, 60)))), List.of()),
                Arguments.of("a plain detector's face: only its size is judged",
                        SelfieFaces.of(SelfieFace.ofSize(0.4, 0.5)), List.of()),
                Arguments.of("a plain detector's small face", SelfieFaces.of(SelfieFace.ofSize(0.01, 0.02)),
                        List.of(SelfieIssue.FACE_TOO_SMALL)),
                Arguments.of("several issues at once, in order",
                        SelfieFaces.of(sized(0.3).withPose(HeadPose.of(80, 0, 0)).withQuality(5, 10)
                                .withSunglasses(new FaceTrait(true, 99)), sized(0.25)),
                        List.of(SelfieIssue.SEVERAL_FACES, SelfieIssue.POSE_OUT_OF_RANGE, SelfieIssue.TOO_BLURRED,
                                SelfieIssue.TOO_DARK, SelfieIssue.SUNGLASSES)),
                Arguments.of("not inspected", new SelfieNotInspected(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faces")
    void judgesEachRuleOnBothSidesOfItsThreshold(String name, SelfieInspection inspection,
                                                 List<SelfieIssue> expected) {
        SelfieQuality quality = RULES.evaluate(inspection);

        assertThat(quality.issues()).containsExactlyElementsOf(expected);
        assertThat(quality.passed()).isEqualTo(expected.isEmpty());
    }

    @Test
    void judgesTheLargestFaceWhateverOrderTheEngineGaveThem() {
        SelfieFace smallDark = sized(0.02).withQuality(80, 5);

        SelfieQuality quality = RULES.evaluate(new SelfieFaces(List.of(smallDark, GOOD_FACE)));

        assertThat(quality.issues()).isEmpty();
    }

    @Test
    void saysWhatItFoundAsCodes() {
        assertThat(RULES.evaluate(SelfieFaces.of(GOOD_FACE)).codes()).containsExactly("SELFIE_OK");
        assertThat(RULES.evaluate(new SelfieNotInspected()).codes()).containsExactly("SELFIE_NOT_INSPECTED");
        assertThat(RULES.evaluate(SelfieFaces.of(good(f -> f.withQuality(5, 10)))).codes())
                .containsExactly("SELFIE_TOO_BLURRED", "SELFIE_TOO_DARK");
    }

    @ParameterizedTest
    @EnumSource(SelfieIssue.class)
    void givesEveryIssueItsOwnReasonCode(SelfieIssue issue) {
        assertThat(issue.reason().name()).isEqualTo("SELFIE_" + issue.name());
    }

    @Test
    void rejectsWhereAwsSamplesRefuseThePhotoAndRefersEverythingElse() {
        for (SelfieIssue issue : SelfieIssue.values()) {
            DecisionOutcome expected = issue == SelfieIssue.SEVERAL_FACES || issue == SelfieIssue.SUNGLASSES
                    ? DecisionOutcome.REJECTED : DecisionOutcome.NEEDS_REVIEW;
            assertThat(RULES.outcome(issue)).as(issue.name()).isEqualTo(expected);
        }
    }

    @Test
    void refusesAnOutcomeThatIsNeitherRejectedNorNeedsReview() {
        assertThatThrownBy(() -> RULES.withOutcome(SelfieIssue.TOO_DARK, DecisionOutcome.APPROVED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TOO_DARK");
        var missing = new EnumMap<SelfieIssue, DecisionOutcome>(SelfieIssue.class);
        assertThatThrownBy(() -> new SelfieQualityPolicy(0.05, 90, 45, 45, 30, 15, 20, 95, 90, missing))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesThresholdsOutsideTheirRanges() {
        var outcomes = SelfieQualityPolicy.defaults().outcomes();
        assertThatThrownBy(() -> new SelfieQualityPolicy(1.5, 90, 45, 45, 30, 15, 20, 95, 90, outcomes))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SelfieQualityPolicy(0.05, 90, 45, 45, 30, 15, 60, 40, 90, outcomes))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SelfieQualityPolicy(0.05, Double.NaN, 45, 45, 30, 15, 20, 95, 90, outcomes))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // What a selfie check does to the face check and the decision.

    private static KycDecision decide(KycPolicy policy, FaceCheck face) {
        var fields = new ArrayList<FieldMatch>();
        for (IdField field : IdField.APPLICANT_FIELDS) {
            fields.add(new FieldMatch(field, MatchReason.EXACT));
        }
        var details = new DetailsCheck(true, fields, false);
        return policy.decide(face, details, Optional.empty(), policy.shouldValidateLicense(face, details));
    }

    static Stream<Arguments> decisions() {
        SelfieInspection dark = SelfieFaces.of(good(f -> f.withQuality(80, 5)));
        SelfieInspection sunglasses = SelfieFaces.of(good(f -> f.withSunglasses(new FaceTrait(true, 99))));
        return Stream.of(
                Arguments.of("good selfie, same person: waits for the licence check", new FacesCompared(99, 2),
                        SelfieFaces.of(GOOD_FACE), DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of()),
                Arguments.of("good selfie, different person: the comparison is trusted", new FacesCompared(10, 2),
                        SelfieFaces.of(GOOD_FACE), DecisionOutcome.REJECTED, List.of(DecisionReason.FACE_MISMATCH)),
                Arguments.of("dark selfie, high similarity: not trusted, referred", new FacesCompared(99, 2), dark,
                        DecisionOutcome.NEEDS_REVIEW, List.of(DecisionReason.SELFIE_TOO_DARK)),
                Arguments.of("dark selfie, low similarity: not a mismatch, referred", new FacesCompared(10, 2),
                        dark, DecisionOutcome.NEEDS_REVIEW, List.of(DecisionReason.SELFIE_TOO_DARK)),
                Arguments.of("sunglasses: rejected by default", new FacesCompared(99, 2), sunglasses,
                        DecisionOutcome.REJECTED, List.of(DecisionReason.SELFIE_SUNGLASSES)),
                Arguments.of("no face found by either: the selfie check's code only", new NoFaceInSelfie(),
                        SelfieFaces.of(), DecisionOutcome.NEEDS_REVIEW, List.of(DecisionReason.SELFIE_NO_FACE)),
                Arguments.of("no face on the licence still counts beside a selfie issue", new NoFaceOnDocument(),
                        dark, DecisionOutcome.NEEDS_REVIEW,
                        List.of(DecisionReason.NO_FACE_ON_DOCUMENT, DecisionReason.SELFIE_TOO_DARK)),
                Arguments.of("not inspected: the comparison decides, as before", new FacesCompared(10, 2),
                        new SelfieNotInspected(), DecisionOutcome.REJECTED, List.of(DecisionReason.FACE_MISMATCH)),
                Arguments.of("not inspected, same person", new FacesCompared(99, 2), new SelfieNotInspected(),
                        DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void aFailedSelfieCheckMeansTheComparisonIsNotTrusted(String name, FaceComparison comparison,
                                                          SelfieInspection selfie, DecisionOutcome outcome,
                                                          List<DecisionReason> reasons) {
        FaceCheck face = POLICY.evaluateFace(comparison, selfie);

        KycDecision decision = decide(POLICY, face);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.reasons()).containsExactlyElementsOf(reasons);
        assertThat(face.passed()).isEqualTo(outcome == DecisionOutcome.PENDING_LICENSE_VALIDATION);
    }

    @Test
    void followsTheConfiguredOutcomeOfEachIssue() {
        KycPolicy strict = POLICY.withSelfieQuality(RULES.withOutcome(SelfieIssue.TOO_DARK, DecisionOutcome.REJECTED));
        KycPolicy lenient = POLICY.withSelfieQuality(RULES.withOutcome(SelfieIssue.SUNGLASSES,
                DecisionOutcome.NEEDS_REVIEW));
        SelfieInspection dark = SelfieFaces.of(good(f -> f.withQuality(80, 5)));
        SelfieInspection sunglasses = SelfieFaces.of(good(f -> f.withSunglasses(new FaceTrait(true, 99))));

        assertThat(decide(strict, strict.evaluateFace(new FacesCompared(99, 2), dark)))
                .isEqualTo(KycDecision.rejected(DecisionReason.SELFIE_TOO_DARK));
        assertThat(decide(lenient, lenient.evaluateFace(new FacesCompared(99, 2), sunglasses)))
                .isEqualTo(KycDecision.needsReview(DecisionReason.SELFIE_SUNGLASSES));
    }

    @Test
    void keepsEveryIssueOfAFailedSelfieInTheDecisionAndTheHistoryCodes() {
        SelfieInspection bad = SelfieFaces.of(good(f -> f.withQuality(5, 99)).withSunglasses(new FaceTrait(true, 99)));

        FaceCheck face = POLICY.evaluateFace(new FacesCompared(99, 2), bad);

        assertThat(face.reasons()).containsExactly(DecisionReason.SELFIE_TOO_BLURRED,
                DecisionReason.SELFIE_TOO_BRIGHT, DecisionReason.SELFIE_SUNGLASSES);
        assertThat(face.codes()).containsExactly("SELFIE_TOO_BLURRED", "SELFIE_TOO_BRIGHT", "SELFIE_SUNGLASSES");
        assertThat(decide(POLICY, face)).isEqualTo(KycDecision.rejected(DecisionReason.SELFIE_SUNGLASSES,
                DecisionReason.SELFIE_TOO_BLURRED, DecisionReason.SELFIE_TOO_BRIGHT));
        assertThat(POLICY.evaluateFace(new FacesCompared(99, 2), SelfieFaces.of(GOOD_FACE)).codes())
                .containsExactly("MATCH", "SELFIE_OK");
    }

    @Test
    void neverPassesAFaceCheckWhoseSelfieFailed() {
        SelfieQuality failed = RULES.evaluate(SelfieFaces.of());

        assertThatThrownBy(() -> new FaceCheck(new FacesCompared(99, 1), true, Optional.of(failed)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesImpossibleMeasures() {
        assertThatThrownBy(() -> SelfieFace.ofSize(1.2, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GOOD_FACE.withConfidence(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeadPose.of(181, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaceTrait(true, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeadPose(OptionalDouble.of(Double.NaN), OptionalDouble.empty(),
                OptionalDouble.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
