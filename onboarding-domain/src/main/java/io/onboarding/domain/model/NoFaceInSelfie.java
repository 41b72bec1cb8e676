package io.onboarding.domain.model;

/** The comparator found no face in the selfie. */
public record NoFaceInSelfie() implements FaceComparison {
}
