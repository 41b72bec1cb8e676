package io.onboarding.domain.model;

import java.util.Objects;

/**
 * The ID reader could not treat the image as a supported identity document (AnalyzeID reads US driver's
 * licences and passports only). {@code detail} is a short provider code, never document content.
 */
public record UnsupportedDocument(String detail) implements IdExtraction {
    public UnsupportedDocument {
        Objects.requireNonNull(detail, "detail");
    }
}
