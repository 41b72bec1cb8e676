package io.onboarding.lambdas.config;

import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.decision.LicenseValidationTrigger;
import io.onboarding.domain.decision.SelfieIssue;
import io.onboarding.domain.decision.SelfieQualityPolicy;
import io.onboarding.domain.usecase.ProcessingOptions;
import java.util.EnumMap;

/**
 * The bank's policy and the use cases' options, from optional environment variables whose defaults are
 * {@link KycPolicy#defaults()} and {@link ProcessingOptions#defaults()}.
 */
public record DecisionConfig(KycPolicy policy, ProcessingOptions options) {
    public static final String FACE_SIMILARITY_THRESHOLD = "FACE_SIMILARITY_THRESHOLD";
    public static final String CONFIDENCE_FLOOR = "CONFIDENCE_FLOOR";
    public static final String WHEN_UNREADABLE = "WHEN_UNREADABLE";
    public static final String WHEN_NO_FACE = "WHEN_NO_FACE";
    public static final String WHEN_EXPIRED = "WHEN_EXPIRED";
    public static final String WHEN_UNSUPPORTED = "WHEN_UNSUPPORTED";
    public static final String LICENSE_VALIDATION = "LICENSE_VALIDATION";
    public static final String VALIDATION_OVERRIDE = "VALIDATION_OVERRIDE";
    public static final String MAX_ATTEMPTS = "MAX_ATTEMPTS";
    /** The smallest selfie face, in percent of the image (the larger of its width and height shares). */
    public static final String SELFIE_MIN_FACE_PERCENT = "SELFIE_MIN_FACE_PERCENT";
    public static final String SELFIE_MIN_CONFIDENCE = "SELFIE_MIN_CONFIDENCE";
    public static final String SELFIE_MAX_YAW = "SELFIE_MAX_YAW";
    public static final String SELFIE_MAX_PITCH_UP = "SELFIE_MAX_PITCH_UP";
    public static final String SELFIE_MAX_PITCH_DOWN = "SELFIE_MAX_PITCH_DOWN";
    public static final String SELFIE_MIN_SHARPNESS = "SELFIE_MIN_SHARPNESS";
    public static final String SELFIE_MIN_BRIGHTNESS = "SELFIE_MIN_BRIGHTNESS";
    public static final String SELFIE_MAX_BRIGHTNESS = "SELFIE_MAX_BRIGHTNESS";
    public static final String SELFIE_MIN_TRAIT_CONFIDENCE = "SELFIE_MIN_TRAIT_CONFIDENCE";
    /** Followed by an issue's name ({@code WHEN_SELFIE_SUNGLASSES}): REJECTED or NEEDS_REVIEW. */
    public static final String WHEN_SELFIE_PREFIX = "WHEN_SELFIE_";

    static DecisionConfig from(EnvironmentReader env) {
        KycPolicy defaults = KycPolicy.defaults();
        ProcessingOptions options = ProcessingOptions.defaults();
        try {
            var policy = new KycPolicy(
                    env.percent(FACE_SIMILARITY_THRESHOLD, defaults.faceSimilarityThreshold()),
                    env.percent(CONFIDENCE_FLOOR, defaults.confidenceFloor()),
                    env.enumValue(WHEN_UNREADABLE, DecisionOutcome.class, defaults.whenUnreadable()),
                    env.enumValue(WHEN_NO_FACE, DecisionOutcome.class, defaults.whenNoFace()),
                    env.enumValue(WHEN_EXPIRED, DecisionOutcome.class, defaults.whenExpired()),
                    env.enumValue(WHEN_UNSUPPORTED, DecisionOutcome.class, defaults.whenUnsupported()),
                    env.enumValue(LICENSE_VALIDATION, LicenseValidationTrigger.class, defaults.licenseValidation()),
                    selfieQuality(env, defaults.selfieQuality()));
            return new DecisionConfig(policy, options
                    .withValidationOverride(env.bool(VALIDATION_OVERRIDE, options.validationOverride()))
                    .withMaxAttempts(env.positiveInt(MAX_ATTEMPTS, options.maxAttempts())));
        } catch (IllegalArgumentException e) {
            // the policy's own invariants (e.g. WHEN_EXPIRED=APPROVED is not allowed); its message names the setting
            throw new ConfigurationException("invalid decision settings: " + e.getMessage());
        }
    }

    private static SelfieQualityPolicy selfieQuality(EnvironmentReader env, SelfieQualityPolicy defaults) {
        var outcomes = new EnumMap<SelfieIssue, DecisionOutcome>(SelfieIssue.class);
        for (SelfieIssue issue : SelfieIssue.values()) {
            outcomes.put(issue, env.enumValue(WHEN_SELFIE_PREFIX + issue.name(), DecisionOutcome.class,
                    defaults.outcome(issue)));
        }
        return new SelfieQualityPolicy(
                env.percent(SELFIE_MIN_FACE_PERCENT, defaults.minimumFaceSize() * 100) / 100,
                env.percent(SELFIE_MIN_CONFIDENCE, defaults.minimumConfidence()),
                env.number(SELFIE_MAX_YAW, defaults.maximumYaw(), 0, 180),
                env.number(SELFIE_MAX_PITCH_UP, defaults.maximumPitchUp(), 0, 180),
                env.number(SELFIE_MAX_PITCH_DOWN, defaults.maximumPitchDown(), 0, 180),
                env.percent(SELFIE_MIN_SHARPNESS, defaults.minimumSharpness()),
                env.percent(SELFIE_MIN_BRIGHTNESS, defaults.minimumBrightness()),
                env.percent(SELFIE_MAX_BRIGHTNESS, defaults.maximumBrightness()),
                env.percent(SELFIE_MIN_TRAIT_CONFIDENCE, defaults.minimumTraitConfidence()),
                outcomes);
    }
}
