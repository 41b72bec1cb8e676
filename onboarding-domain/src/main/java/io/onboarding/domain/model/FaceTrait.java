package io.onboarding.domain.model;

/**
 * Whether a face shows a trait (eyes open, sunglasses), as an engine judged it, with its confidence (0-100) in that
 * judgement.
 */
public record FaceTrait(boolean present, double confidence) {
    public FaceTrait {
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new IllegalArgumentException("confidence must be within 0-100, was " + confidence);
        }
    }
}
