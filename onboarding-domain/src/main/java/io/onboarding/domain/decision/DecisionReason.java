package io.onboarding.domain.decision;

/** Reason codes attached to decisions and notifications. Stable: banks filter and report on them. */
public enum DecisionReason {
    /** The selfie's face did not reach the similarity threshold against any face on the licence. */
    FACE_MISMATCH,
    /** No face was found in the selfie. */
    NO_FACE_IN_SELFIE,
    /** No face was found on the licence. */
    NO_FACE_ON_DOCUMENT,
    /** At least one declared detail differs from the licence. */
    DETAILS_MISMATCH,
    /** At least one detail could not be read from the licence with enough confidence. */
    DETAILS_UNREADABLE,
    /** The image is not a document the ID reader supports. */
    DOCUMENT_UNSUPPORTED,
    /** The licence's expiration date is before the day of the decision. */
    LICENSE_EXPIRED,
    /** The third-party validator says the licence is not valid. */
    LICENSE_INVALID,
    /** The package was refused at intake; the record names the refusal reason. */
    PACKAGE_REFUSED,
    /** A reviewer rejected an application that needed review; the history holds the reviewer's reason code. */
    REJECTED_IN_REVIEW,
    /** A dependency kept failing after every attempt; the checks could not be completed. */
    DEPENDENCY_FAILURE,
    /** The selfie check found no face in the selfie (see {@link SelfieIssue}). */
    SELFIE_NO_FACE,
    /** The selfie shows more than one face that could be the applicant's. */
    SELFIE_SEVERAL_FACES,
    /** The selfie's face is too small against the image. */
    SELFIE_FACE_TOO_SMALL,
    /** The detector is not confident that the selfie shows a face. */
    SELFIE_LOW_CONFIDENCE,
    /** The head in the selfie is turned or tilted beyond the recommended angles. */
    SELFIE_POSE_OUT_OF_RANGE,
    /** The selfie's face is blurred. */
    SELFIE_TOO_BLURRED,
    /** The selfie's face is too dark. */
    SELFIE_TOO_DARK,
    /** The selfie's face is overexposed. */
    SELFIE_TOO_BRIGHT,
    /** The eyes are closed in the selfie. */
    SELFIE_EYES_CLOSED,
    /** The face in the selfie wears sunglasses. */
    SELFIE_SUNGLASSES
}
