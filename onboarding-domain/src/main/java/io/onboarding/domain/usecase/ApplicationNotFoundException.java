package io.onboarding.domain.usecase;

import io.onboarding.domain.model.ApplicationId;

/** A step referred to an application that has no record. Retrying will not help. */
public final class ApplicationNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ApplicationNotFoundException(ApplicationId id) {
        super("no record for application " + id);
    }
}
