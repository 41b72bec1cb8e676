package io.onboarding.domain.application;

import io.onboarding.domain.decision.DecisionOutcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's decision on an application that needed review. The {@code note} is free text and may hold personal
 * data: it is kept with the record for auditors and never shown in a status, a log line or a notification.
 */
public record Review(Instant at, String reviewer, DecisionOutcome outcome, String reasonCode, Optional<String> note) {
    public Review {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(note, "note");
        if (outcome != DecisionOutcome.APPROVED && outcome != DecisionOutcome.REJECTED) {
            throw new IllegalArgumentException("a review approves or rejects");
        }
        if (!HistoryEvent.isCode(reasonCode)) {
            throw new IllegalArgumentException("a review's reason is an upper-case code");
        }
    }

    /** Everything but the note's text, which may hold personal data. */
    @Override
    public String toString() {
        return "Review[at=" + at + ", reviewer=" + reviewer + ", outcome=" + outcome + ", reasonCode=" + reasonCode
                + ", note=" + (note.isPresent() ? "(withheld)" : "none") + "]";
    }

    /** True when {@code other} asks for the same review (its time aside): a repeated request. */
    public boolean sameRequestAs(Review other) {
        return reviewer.equals(other.reviewer) && outcome == other.outcome && reasonCode.equals(other.reasonCode)
                && note.equals(other.note);
    }
}
