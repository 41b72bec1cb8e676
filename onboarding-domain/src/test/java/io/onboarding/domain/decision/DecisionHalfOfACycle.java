package io.onboarding.domain.decision;

import io.onboarding.domain.matching.MatchingHalfOfACycle;

/**
 * With {@link MatchingHalfOfACycle}, a dependency cycle between {@code decision} and {@code matching}, so
 * ArchitectureTest can prove its no-cycles rule fails. Test sources only; never instantiated.
 */
public final class DecisionHalfOfACycle {
    private DecisionHalfOfACycle() {
    }

    static Object forward(DecisionHalfOfACycle self) {
        return MatchingHalfOfACycle.back(self);
    }
}
