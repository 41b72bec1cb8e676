package io.onboarding.domain.model;

/** What an ID reader made of a document image: its fields, or the fact that it is not a supported document. */
public sealed interface IdExtraction permits ExtractedIdDocument, UnsupportedDocument {
}
