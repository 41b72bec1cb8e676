package io.onboarding.domain.model;

/**
 * Faces were found on both images. {@code bestSimilarity} (0-100) is the highest similarity between the selfie's
 * face and any face on the document that reached the comparator's floor, or 0 when none did;
 * {@code facesOnDocument} counts every face found on the document (a licence often carries a ghost portrait too).
 */
public record FacesCompared(double bestSimilarity, int facesOnDocument) implements FaceComparison {
    public FacesCompared {
        if (!(bestSimilarity >= 0 && bestSimilarity <= 100)) {
            throw new IllegalArgumentException("similarity must be within 0-100, was " + bestSimilarity);
        }
        if (facesOnDocument < 1) {
            throw new IllegalArgumentException("faces on document must be at least 1, was " + facesOnDocument);
        }
    }
}
