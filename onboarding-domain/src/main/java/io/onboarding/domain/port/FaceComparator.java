package io.onboarding.domain.port;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import java.util.Objects;

/**
 * Compares the face in a selfie with every face on an identity document and reports the provider's raw similarity
 * (0-100) for the best one. Matches below {@code minimumSimilarity} may be reported as similarity 0; the decision
 * whether that passes belongs to the policy. No face on either image is an outcome, not an exception.
 */
public interface FaceComparator {
    FaceComparison compare(DocumentRef selfie, DocumentRef idDocument, double minimumSimilarity);

    /**
     * The arguments' contract, for implementations to check before any work: both documents given, the minimum
     * within 0-100.
     *
     * @throws NullPointerException     when a document is null
     * @throws IllegalArgumentException when the minimum is outside 0-100 or not a number
     */
    static void checkArguments(DocumentRef selfie, DocumentRef idDocument, double minimumSimilarity) {
        Objects.requireNonNull(selfie, "selfie");
        Objects.requireNonNull(idDocument, "idDocument");
        if (!(minimumSimilarity >= 0 && minimumSimilarity <= 100)) {
            throw new IllegalArgumentException("minimum similarity must be within 0-100, was " + minimumSimilarity);
        }
    }
}
