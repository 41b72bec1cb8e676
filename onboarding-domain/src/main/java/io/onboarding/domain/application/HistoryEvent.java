package io.onboarding.domain.application;

import io.onboarding.domain.decision.DecisionOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of an application's history: what happened, when, who did it, and codes saying how it came out. Codes
 * are upper-case identifiers, so an entry cannot carry a declared or extracted value. {@code before} and
 * {@code after} are the decision outcomes around a decision or a review.
 *
 * @param actor {@link #SYSTEM} for the pipeline's own steps, otherwise the reviewer or the operator who asked
 */
public record HistoryEvent(Instant at, Kind kind, String actor, List<String> codes,
                           Optional<DecisionOutcome> before, Optional<DecisionOutcome> after) {
    /** The actor of every step the pipeline takes by itself. */
    public static final String SYSTEM = "system";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** What happened. */
    public enum Kind {
        /** The package was read and accepted; codes: {@code ACCEPTED}. */
        RECEIVED,
        /** The package was refused at intake; codes: the refusal reason. */
        REFUSED,
        /** The package could not be read at all; codes: {@code NOT_READ}. */
        NOT_READ,
        /** The three accepted files were stored. */
        DOCUMENTS_STORED,
        /**
         * The selfie was checked and compared with the licence; codes: {@code MATCH} or the failure reasons (the
         * selfie's quality issues when it had any), then {@code SELFIE_OK} or {@code SELFIE_NOT_INSPECTED} when the
         * selfie had no issue.
         */
        FACE_CHECKED,
        /** The declared details were compared with the licence; codes: one {@code <FIELD>_<OUTCOME>} per field. */
        DETAILS_CHECKED,
        /** The licence was handed to the validator's queue. */
        LICENSE_CHECK_QUEUED,
        /** The validator answered; codes: {@code VALID} or {@code INVALID}. */
        LICENSE_VALIDATED,
        /** The bank was notified; codes: the notification kind, then its reason codes. */
        NOTIFIED,
        /** The same upload was delivered again (a retry or a duplicate); codes: {@code ATTEMPT_<n>}. */
        REDELIVERED,
        /** A decision was recorded; codes: its reasons. */
        DECIDED,
        /** A reviewer decided an application that needed review; codes: the reviewer's reason code. */
        REVIEWED,
        /** The package and its files were deleted on request; codes: the request's reason code. */
        DOCUMENTS_PURGED
    }

    public HistoryEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        codes = List.copyOf(codes);
        for (String code : codes) {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("history codes must be upper-case identifiers");
            }
        }
        if (actor.isBlank()) {
            throw new IllegalArgumentException("an event needs an actor");
        }
    }

    /** An event of the pipeline's own. */
    public static HistoryEvent system(Instant at, Kind kind, List<String> codes) {
        return new HistoryEvent(at, kind, SYSTEM, codes, Optional.empty(), Optional.empty());
    }

    /** True for a code that may appear in an event (and in a review's or purge's reason). */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
