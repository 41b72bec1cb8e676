package io.onboarding.adapters.aws.rekognition;

import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceOnDocument;
import java.util.Objects;
import software.amazon.awssdk.services.rekognition.model.CompareFacesMatch;
import software.amazon.awssdk.services.rekognition.model.CompareFacesResponse;

/** Turns a CompareFaces answer into the domain's {@link FaceComparison} fact. */
final class CompareFacesMapper {
    private CompareFacesMapper() {
    }

    static FaceComparison toComparison(CompareFacesResponse response) {
        // FaceMatches holds the document's faces that reached the threshold, UnmatchedFaces the rest:
        // together they are every face Rekognition found on the document (a licence also has a ghost portrait)
        int facesOnDocument = response.faceMatches().size() + response.unmatchedFaces().size();
        if (facesOnDocument == 0) {
            return new NoFaceOnDocument();
        }
        double best = response.faceMatches().stream()
                .map(CompareFacesMatch::similarity)
                .filter(Objects::nonNull)
                .mapToDouble(Float::doubleValue)
                .max()
                .orElse(0);
        return new FacesCompared(clampPercent(best), facesOnDocument);
    }

    private static double clampPercent(double similarity) {
        // a float such as 100.00001f must not break the domain's 0-100 invariant
        return Double.isNaN(similarity) ? 0 : Math.max(0, Math.min(100, similarity));
    }
}
