package io.onboarding.domain.model;

/**
 * What a face detector found in a selfie, for judging whether the selfie is fit to be compared: the faces it found
 * with whatever measures the engine gives ({@link SelfieFaces}), or nothing because the engine in use does not
 * inspect selfies ({@link SelfieNotInspected}). Facts only; {@code KycPolicy} judges them.
 */
public sealed interface SelfieInspection permits SelfieFaces, SelfieNotInspected {
}
