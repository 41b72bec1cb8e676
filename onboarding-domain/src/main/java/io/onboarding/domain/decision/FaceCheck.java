package io.onboarding.domain.decision;

import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * The selfie-against-licence check: what the comparator found and whether it passes the policy's threshold.
 * {@code passed} is the original system's LICENSE_SELFIE_MATCH.
 */
public record FaceCheck(FaceComparison comparison, boolean passed) {
    public FaceCheck {
        Objects.requireNonNull(comparison, "comparison");
        if (passed && !(comparison instanceof FacesCompared)) {
            throw new IllegalArgumentException("a face check cannot pass without faces on both images");
        }
    }

    /** The best similarity found, when faces were found on both images. */
    public Optional<Double> similarity() {
        return comparison instanceof FacesCompared compared
                ? Optional.of(compared.bestSimilarity()) : Optional.empty();
    }

    /** Why the check failed, or empty when it passed. */
    public Optional<DecisionReason> failure() {
        if (passed) {
            return Optional.empty();
        }
        if (comparison instanceof NoFaceInSelfie) {
            return Optional.of(DecisionReason.NO_FACE_IN_SELFIE);
        }
        if (comparison instanceof NoFaceOnDocument) {
            return Optional.of(DecisionReason.NO_FACE_ON_DOCUMENT);
        }
        return Optional.of(DecisionReason.FACE_MISMATCH);
    }
}
