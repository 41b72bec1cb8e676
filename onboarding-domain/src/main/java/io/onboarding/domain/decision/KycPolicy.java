package io.onboarding.domain.decision;

import io.onboarding.domain.matching.DetailsMatcher;
import io.onboarding.domain.matching.MatchOutcome;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.SelfieInspection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bank's rules for turning check results into a decision. Every threshold and every "what happens when"
 * lives here; adapters only report facts. {@link #defaults()} documents the defaults.
 *
 * @param faceSimilarityThreshold minimum similarity (0-100) for the selfie to match the licence; default 80, as the
 *                                original system used
 * @param confidenceFloor         minimum reader confidence (0-100) for a licence field to be judged; below it the
 *                                field is UNREADABLE; default 80
 * @param whenUnreadable          outcome when some field is unreadable and none mismatches; default NEEDS_REVIEW
 * @param whenNoFace              outcome when no face is found on either image; default NEEDS_REVIEW
 * @param whenExpired             outcome when the licence has expired; default NEEDS_REVIEW
 * @param whenUnsupported         outcome when the image is not a supported document; default NEEDS_REVIEW
 * @param licenseValidation       when to ask the third-party validator; default WHEN_BOTH_CHECKS_PASS
 * @param selfieQuality           what makes a selfie unfit to be compared, and what each issue leads to; default
 *                                {@link SelfieQualityPolicy#defaults()}
 */
public record KycPolicy(
        double faceSimilarityThreshold,
        double confidenceFloor,
        DecisionOutcome whenUnreadable,
        DecisionOutcome whenNoFace,
        DecisionOutcome whenExpired,
        DecisionOutcome whenUnsupported,
        LicenseValidationTrigger licenseValidation,
        SelfieQualityPolicy selfieQuality) {

    public KycPolicy {
        requirePercent(faceSimilarityThreshold, "face similarity threshold");
        requirePercent(confidenceFloor, "confidence floor");
        requireReferralOutcome(whenUnreadable, "whenUnreadable");
        requireReferralOutcome(whenNoFace, "whenNoFace");
        requireReferralOutcome(whenExpired, "whenExpired");
        requireReferralOutcome(whenUnsupported, "whenUnsupported");
        Objects.requireNonNull(licenseValidation, "licenseValidation");
        Objects.requireNonNull(selfieQuality, "selfieQuality");
    }

    /** A policy with the default selfie rules. */
    public KycPolicy(double faceSimilarityThreshold, double confidenceFloor, DecisionOutcome whenUnreadable,
                     DecisionOutcome whenNoFace, DecisionOutcome whenExpired, DecisionOutcome whenUnsupported,
                     LicenseValidationTrigger licenseValidation) {
        this(faceSimilarityThreshold, confidenceFloor, whenUnreadable, whenNoFace, whenExpired, whenUnsupported,
                licenseValidation, SelfieQualityPolicy.defaults());
    }

    public static KycPolicy defaults() {
        return new KycPolicy(80, 80, DecisionOutcome.NEEDS_REVIEW, DecisionOutcome.NEEDS_REVIEW,
                DecisionOutcome.NEEDS_REVIEW, DecisionOutcome.NEEDS_REVIEW,
                LicenseValidationTrigger.WHEN_BOTH_CHECKS_PASS);
    }

    public KycPolicy withFaceSimilarityThreshold(double threshold) {
        return new KycPolicy(threshold, confidenceFloor, whenUnreadable, whenNoFace, whenExpired, whenUnsupported,
                licenseValidation, selfieQuality);
    }

    public KycPolicy withConfidenceFloor(double floor) {
        return new KycPolicy(faceSimilarityThreshold, floor, whenUnreadable, whenNoFace, whenExpired,
                whenUnsupported, licenseValidation, selfieQuality);
    }

    public KycPolicy withWhenExpired(DecisionOutcome outcome) {
        return new KycPolicy(faceSimilarityThreshold, confidenceFloor, whenUnreadable, whenNoFace, outcome,
                whenUnsupported, licenseValidation, selfieQuality);
    }

    public KycPolicy withWhenNoFace(DecisionOutcome outcome) {
        return new KycPolicy(faceSimilarityThreshold, confidenceFloor, whenUnreadable, outcome, whenExpired,
                whenUnsupported, licenseValidation, selfieQuality);
    }

    public KycPolicy withWhenUnreadable(DecisionOutcome outcome) {
        return new KycPolicy(faceSimilarityThreshold, confidenceFloor, outcome, whenNoFace, whenExpired,
                whenUnsupported, licenseValidation, selfieQuality);
    }

    public KycPolicy withLicenseValidation(LicenseValidationTrigger trigger) {
        return new KycPolicy(faceSimilarityThreshold, confidenceFloor, whenUnreadable, whenNoFace, whenExpired,
                whenUnsupported, trigger, selfieQuality);
    }

    public KycPolicy withSelfieQuality(SelfieQualityPolicy rules) {
        return new KycPolicy(faceSimilarityThreshold, confidenceFloor, whenUnreadable, whenNoFace, whenExpired,
                whenUnsupported, licenseValidation, rules);
    }

    /** Judges a face comparison against the threshold, without a selfie inspection. */
    public FaceCheck evaluateFace(FaceComparison comparison) {
        return new FaceCheck(comparison, reachesThreshold(comparison));
    }

    /**
     * Judges a face comparison together with what the inspector found in the selfie: the check passes only when
     * the selfie has no quality issue and the similarity reaches the threshold.
     */
    public FaceCheck evaluateFace(FaceComparison comparison, SelfieInspection selfie) {
        SelfieQuality quality = selfieQuality.evaluate(selfie);
        return new FaceCheck(comparison, quality.passed() && reachesThreshold(comparison), Optional.of(quality));
    }

    private boolean reachesThreshold(FaceComparison comparison) {
        return comparison instanceof FacesCompared compared && compared.bestSimilarity() >= faceSimilarityThreshold;
    }

    /** Compares the declared details with what the reader found, and checks expiry on {@code today}. */
    public DetailsCheck evaluateDetails(ApplicantDetails declared, IdExtraction extraction, LocalDate today) {
        if (!(extraction instanceof ExtractedIdDocument document)) {
            return DetailsCheck.unsupportedDocument();
        }
        var matcher = new DetailsMatcher(confidenceFloor);
        boolean expired = matcher.expirationDate(document).map(expiry -> expiry.isBefore(today)).orElse(false);
        return new DetailsCheck(true, matcher.compare(declared, document), expired);
    }

    /** Whether the licence should go to the third-party validator after these two checks. */
    public boolean shouldValidateLicense(FaceCheck face, DetailsCheck details) {
        return switch (licenseValidation) {
            case WHEN_BOTH_CHECKS_PASS -> face.passed() && details.passed();
            case ALWAYS -> true;
            case NEVER -> false;
        };
    }

    /**
     * Settles the decision from the checks known so far. {@code validation} is empty while the validator has not
     * answered; {@code validationRequested} says whether it was asked.
     */
    public KycDecision decide(FaceCheck face, DetailsCheck details, Optional<LicenseValidation> validation,
                              boolean validationRequested) {
        var facts = new Facts(face, details, validation);
        var rejections = new ArrayList<DecisionReason>();
        var referrals = new ArrayList<DecisionReason>();
        for (Function<Facts, List<Finding>> rule : standardRules()) {
            rule.apply(facts).forEach(finding ->
                    (finding.outcome() == DecisionOutcome.REJECTED ? rejections : referrals).add(finding.reason()));
        }
        if (!rejections.isEmpty()) {
            rejections.addAll(referrals);
            return new KycDecision(DecisionOutcome.REJECTED, rejections);
        }
        if (!referrals.isEmpty()) {
            return new KycDecision(DecisionOutcome.NEEDS_REVIEW, referrals);
        }
        if (validationRequested && validation.isEmpty()) {
            return new KycDecision(DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of());
        }
        return KycDecision.approved();
    }

    /** The decision for a package refused at intake. */
    public KycDecision decideRefused() {
        return KycDecision.rejected(DecisionReason.PACKAGE_REFUSED);
    }

    /** The decision when a dependency kept failing and the checks could not be completed. */
    public KycDecision decideDependencyFailure() {
        return KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE);
    }

    private List<Function<Facts, List<Finding>>> standardRules() {
        return List.of(
                one(this::faceMismatch),
                this::noFace,
                this::selfieUnfit,
                one(this::unsupportedDocument),
                one(this::detailsMismatch),
                one(this::detailsUnreadable),
                one(this::licenseExpired),
                one(this::licenseInvalid));
    }

    private static Function<Facts, List<Finding>> one(Function<Facts, Optional<Finding>> rule) {
        return facts -> rule.apply(facts).stream().toList();
    }

    /** A similarity below the threshold, from a comparison that can be trusted. */
    private Optional<Finding> faceMismatch(Facts facts) {
        return facts.face().reasons().contains(DecisionReason.FACE_MISMATCH)
                ? Optional.of(new Finding(DecisionReason.FACE_MISMATCH, DecisionOutcome.REJECTED)) : Optional.empty();
    }

    private List<Finding> noFace(Facts facts) {
        return facts.face().reasons().stream()
                .filter(reason -> reason == DecisionReason.NO_FACE_IN_SELFIE
                        || reason == DecisionReason.NO_FACE_ON_DOCUMENT)
                .map(reason -> new Finding(reason, whenNoFace)).toList();
    }

    /** Each selfie quality issue, with the outcome the selfie rules give it. */
    private List<Finding> selfieUnfit(Facts facts) {
        return facts.face().quality().map(SelfieQuality::issues).orElse(List.of()).stream()
                .map(issue -> new Finding(issue.reason(), selfieQuality.outcome(issue))).toList();
    }

    private Optional<Finding> unsupportedDocument(Facts facts) {
        return facts.details().documentSupported() ? Optional.empty()
                : Optional.of(new Finding(DecisionReason.DOCUMENT_UNSUPPORTED, whenUnsupported));
    }

    private Optional<Finding> detailsMismatch(Facts facts) {
        return facts.details().fieldsWith(MatchOutcome.MISMATCH).isEmpty() ? Optional.empty()
                : Optional.of(new Finding(DecisionReason.DETAILS_MISMATCH, DecisionOutcome.REJECTED));
    }

    private Optional<Finding> detailsUnreadable(Facts facts) {
        return facts.details().fieldsWith(MatchOutcome.UNREADABLE).isEmpty() ? Optional.empty()
                : Optional.of(new Finding(DecisionReason.DETAILS_UNREADABLE, whenUnreadable));
    }

    private Optional<Finding> licenseExpired(Facts facts) {
        return facts.details().licenseExpired()
                ? Optional.of(new Finding(DecisionReason.LICENSE_EXPIRED, whenExpired)) : Optional.empty();
    }

    private Optional<Finding> licenseInvalid(Facts facts) {
        return facts.validation().filter(v -> !v.isValid())
                .map(v -> new Finding(DecisionReason.LICENSE_INVALID, DecisionOutcome.REJECTED));
    }

    private static void requirePercent(double value, String name) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(name + " must be within 0-100, was " + value);
        }
    }

    private static void requireReferralOutcome(DecisionOutcome outcome, String name) {
        Objects.requireNonNull(outcome, name);
        if (outcome != DecisionOutcome.REJECTED && outcome != DecisionOutcome.NEEDS_REVIEW) {
            throw new IllegalArgumentException(name + " must be REJECTED or NEEDS_REVIEW, was " + outcome);
        }
    }

    private record Facts(FaceCheck face, DetailsCheck details, Optional<LicenseValidation> validation) {
    }

    private record Finding(DecisionReason reason, DecisionOutcome outcome) {
    }
}
