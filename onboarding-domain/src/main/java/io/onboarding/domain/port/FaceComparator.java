package io.onboarding.domain.port;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;

/**
 * Compares the face in a selfie with every face on an identity document and reports the provider's raw similarity
 * (0-100) for the best one. Matches below {@code minimumSimilarity} may be reported as similarity 0; the decision
 * whether that passes belongs to the policy. No face on either image is an outcome, not an exception.
 */
public interface FaceComparator {
    FaceComparison compare(DocumentRef selfie, DocumentRef idDocument, double minimumSimilarity);
}
