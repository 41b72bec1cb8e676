package io.onboarding.domain.decision;

/**
 * Why a selfie is not fit to be compared with the licence. Each has its own {@link DecisionReason} (the issue's
 * name prefixed {@code SELFIE_}) and its own outcome in {@link SelfieQualityPolicy}.
 */
public enum SelfieIssue {
    /** The detector found no face. */
    NO_FACE(DecisionReason.SELFIE_NO_FACE),
    /** More than one face large and clear enough to be the applicant's. */
    SEVERAL_FACES(DecisionReason.SELFIE_SEVERAL_FACES),
    /** The face is small against the image. */
    FACE_TOO_SMALL(DecisionReason.SELFIE_FACE_TOO_SMALL),
    /** The detector is not confident that it found a face. */
    LOW_CONFIDENCE(DecisionReason.SELFIE_LOW_CONFIDENCE),
    /** The head is turned or tilted beyond the recommended angles. */
    POSE_OUT_OF_RANGE(DecisionReason.SELFIE_POSE_OUT_OF_RANGE),
    /** The face is blurred. */
    TOO_BLURRED(DecisionReason.SELFIE_TOO_BLURRED),
    /** The face is too dark. */
    TOO_DARK(DecisionReason.SELFIE_TOO_DARK),
    /** The face is too bright (overexposed). */
    TOO_BRIGHT(DecisionReason.SELFIE_TOO_BRIGHT),
    /** The eyes are closed. */
    EYES_CLOSED(DecisionReason.SELFIE_EYES_CLOSED),
    /** The face wears sunglasses. */
    SUNGLASSES(DecisionReason.SELFIE_SUNGLASSES);

    private final DecisionReason reason;

    SelfieIssue(DecisionReason reason) {
        this.reason = reason;
    }

    /** The reason code this issue gives a decision, a notification and the history. */
    public DecisionReason reason() {
        return reason;
    }
}
