package io.onboarding.cli;

import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import java.util.Optional;

/**
 * Remembers the failure an engine threw during the current package. The use case records a permanent engine failure
 * as NEEDS_REVIEW / DEPENDENCY_FAILURE and keeps the exception to itself; the report still says what happened (a
 * worker that crashed, ran out of memory or missed its deadline). Confined to one worker thread.
 */
final class EngineFailureWatch {
    private DependencyException last;

    FaceComparator watch(FaceComparator faces) {
        return (selfie, idDocument, minimumSimilarity) -> {
            try {
                return faces.compare(selfie, idDocument, minimumSimilarity);
            } catch (DependencyException e) {
                last = e;
                throw e;
            }
        };
    }

    IdDocumentReader watch(IdDocumentReader reader) {
        return idDocument -> {
            try {
                return reader.read(idDocument);
            } catch (DependencyException e) {
                last = e;
                throw e;
            }
        };
    }

    /** The failure seen since the last call, if any; forgets it. */
    Optional<DependencyException> take() {
        DependencyException seen = last;
        last = null;
        return Optional.ofNullable(seen);
    }
}
