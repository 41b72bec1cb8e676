package io.onboarding.domain.matching;

import io.onboarding.domain.model.IdField;
import java.util.Objects;

/** The result of comparing one declared field with the document. Carries codes only, never the values. */
public record FieldMatch(IdField field, MatchReason reason) {
    public FieldMatch {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    public MatchOutcome outcome() {
        return reason.outcome();
    }
}
