package io.onboarding.domain.model;

/**
 * What a face comparator found when comparing a selfie with the faces on an identity document. "No face in the
 * selfie" and "no face on the document" are outcomes, not errors.
 */
public sealed interface FaceComparison permits FacesCompared, NoFaceInSelfie, NoFaceOnDocument {
}
