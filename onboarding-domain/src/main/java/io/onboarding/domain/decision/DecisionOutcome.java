package io.onboarding.domain.decision;

/** Where an application stands. */
public enum DecisionOutcome {
    /** Every check the policy requires passed. */
    APPROVED,
    /** A check failed in a way the policy does not leave to a human. */
    REJECTED,
    /** A human must look at it: something could not be judged, or the policy refers this case. */
    NEEDS_REVIEW,
    /** The document and face checks passed; the third-party licence check has not answered yet. */
    PENDING_LICENSE_VALIDATION
}
