package io.onboarding.domain.usecase;

import io.onboarding.domain.model.ApplicationId;

/**
 * A request the application's present state does not allow (a review of an application that does not need one, a
 * purge before the decision). Repeating it will not help; {@link #code()} says why, for an API's answer.
 */
public final class ApplicationStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Code {
        /** The application's decision is not NEEDS_REVIEW. */
        NOT_AWAITING_REVIEW,
        /** Someone already reviewed the application, with another outcome, reason, reviewer or note. */
        ALREADY_REVIEWED,
        /** The application has no final decision yet; its files are still needed. */
        NOT_DECIDED
    }

    private final Code code;

    ApplicationStateException(ApplicationId id, Code code) {
        super("application " + id + ": " + code);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
