package io.onboarding.domain.usecase;

import io.onboarding.domain.model.ApplicationId;

/**
 * Another process kept changing the same application record, or replaced it with a newer upload, while this one
 * was working on it. Retrying the delivery later is safe.
 */
public final class ConcurrentUpdateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean superseded;

    ConcurrentUpdateException(ApplicationId id, String what, boolean superseded) {
        super("application " + id + ": " + what);
        this.superseded = superseded;
    }

    /** True when a newer upload of the same application replaced the record: this work is obsolete, not late. */
    public boolean superseded() {
        return superseded;
    }
}
