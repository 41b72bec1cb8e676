package io.onboarding.domain.matching;

/** How one declared detail compares with the same field read from the document. */
public enum MatchOutcome {
    /** The two values mean the same thing once normalised. */
    MATCH,
    /** Both values were readable and they differ (or the declared value is empty or invalid). */
    MISMATCH,
    /** The document's value is missing, empty or read with too little confidence to judge. */
    UNREADABLE
}
