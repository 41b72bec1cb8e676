package io.onboarding.domain.model;

/** The comparator found no face on the identity document. */
public record NoFaceOnDocument() implements FaceComparison {
}
