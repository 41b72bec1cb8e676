package io.onboarding.domain.matching;

/** Why a field got its {@link MatchOutcome}. Stable codes: they are recorded and shown to operators. */
public enum MatchReason {
    /** The texts were identical. */
    EXACT(MatchOutcome.MATCH),
    /** The texts differ only in ways the field's normalisation removes (case, spacing, punctuation, forms). */
    EQUAL_AFTER_NORMALISATION(MatchOutcome.MATCH),
    /** Readable on both sides, and different. */
    DIFFERENT(MatchOutcome.MISMATCH),
    /** The applicant left the field empty; empty never matches. */
    DECLARED_EMPTY(MatchOutcome.MISMATCH),
    /** The applicant's value cannot be what the field holds (for example an impossible date). */
    DECLARED_INVALID(MatchOutcome.MISMATCH),
    /** The document reader did not return the field. */
    MISSING_ON_DOCUMENT(MatchOutcome.UNREADABLE),
    /** The document reader returned the field with no text. */
    EMPTY_ON_DOCUMENT(MatchOutcome.UNREADABLE),
    /** The document reader's confidence is below the policy's floor. */
    LOW_CONFIDENCE(MatchOutcome.UNREADABLE),
    /** The document's text cannot be read as a value of the field's kind (for example a garbled date). */
    UNPARSEABLE_ON_DOCUMENT(MatchOutcome.UNREADABLE);

    private final MatchOutcome outcome;

    MatchReason(MatchOutcome outcome) {
        this.outcome = outcome;
    }

    /** The outcome this reason always leads to. */
    public MatchOutcome outcome() {
        return outcome;
    }
}
