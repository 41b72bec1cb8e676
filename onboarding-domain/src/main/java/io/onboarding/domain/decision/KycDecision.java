package io.onboarding.domain.decision;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating an application, with the reasons behind it. Rejections and referrals always carry at
 * least one reason; an approval carries none.
 */
public record KycDecision(DecisionOutcome outcome, List<DecisionReason> reasons) {
    public KycDecision {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        if (reasons.size() != reasons.stream().distinct().count()) {
            throw new IllegalArgumentException("reasons must not repeat: " + reasons);
        }
        switch (outcome) {
            case APPROVED -> {
                if (!reasons.isEmpty()) {
                    throw new IllegalArgumentException("an approval carries no reasons");
                }
            }
            case REJECTED, NEEDS_REVIEW -> {
                if (reasons.isEmpty()) {
                    throw new IllegalArgumentException(outcome + " needs at least one reason");
                }
            }
            case PENDING_LICENSE_VALIDATION -> {
                // may carry none: it only says the validator has not answered yet
            }
        }
    }

    public static KycDecision approved() {
        return new KycDecision(DecisionOutcome.APPROVED, List.of());
    }

    public static KycDecision rejected(DecisionReason... reasons) {
        return new KycDecision(DecisionOutcome.REJECTED, List.of(reasons));
    }

    public static KycDecision needsReview(DecisionReason... reasons) {
        return new KycDecision(DecisionOutcome.NEEDS_REVIEW, List.of(reasons));
    }

    /** True for outcomes that no later step changes. */
    public boolean isFinal() {
        return outcome != DecisionOutcome.PENDING_LICENSE_VALIDATION;
    }
}
