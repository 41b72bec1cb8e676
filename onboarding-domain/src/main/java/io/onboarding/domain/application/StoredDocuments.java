package io.onboarding.domain.application;

import io.onboarding.domain.model.DocumentRef;
import java.util.Objects;

/**
 * Where an accepted package's three files were stored, each by its role, so that later steps find the selfie and
 * the licence by name rather than by position.
 */
public record StoredDocuments(DocumentRef details, DocumentRef selfie, DocumentRef license) {
    public StoredDocuments {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(selfie, "selfie");
        Objects.requireNonNull(license, "license");
    }
}
