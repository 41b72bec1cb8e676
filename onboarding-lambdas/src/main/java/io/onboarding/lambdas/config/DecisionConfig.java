package io.onboarding.lambdas.config;

import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.decision.LicenseValidationTrigger;
import io.onboarding.domain.usecase.ProcessingOptions;

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
                    env.enumValue(LICENSE_VALIDATION, LicenseValidationTrigger.class, defaults.licenseValidation()));
            return new DecisionConfig(policy, options
                    .withValidationOverride(env.bool(VALIDATION_OVERRIDE, options.validationOverride()))
                    .withMaxAttempts(env.positiveInt(MAX_ATTEMPTS, options.maxAttempts())));
        } catch (IllegalArgumentException e) {
            // the policy's own invariants (e.g. WHEN_EXPIRED=APPROVED is not allowed); its message names the setting
            throw new ConfigurationException("invalid decision settings: " + e.getMessage());
        }
    }
}
