package io.onboarding.domain.matching;

import io.onboarding.domain.decision.DecisionHalfOfACycle;

/**
 * The back edge of the cycle {@code decision -> matching -> decision}, so ArchitectureTest can prove its no-cycles
 * rule fails. Test sources only; never called.
 */
public final class MatchingHalfOfACycle {
    private MatchingHalfOfACycle() {
    }

    public static Object back(DecisionHalfOfACycle caller) {
        return caller;
    }
}
