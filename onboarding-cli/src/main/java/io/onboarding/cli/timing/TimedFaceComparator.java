package io.onboarding.cli.timing;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.port.FaceComparator;
import java.util.Objects;

/** Adds the time of every comparison, failed ones included, to {@link EngineTimings}. */
public final class TimedFaceComparator implements FaceComparator {
    private final FaceComparator delegate;
    private final EngineTimings timings;

    public TimedFaceComparator(FaceComparator delegate, EngineTimings timings) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.timings = Objects.requireNonNull(timings, "timings");
    }

    @Override
    public FaceComparison compare(DocumentRef selfie, DocumentRef idDocument, double minimumSimilarity) {
        long start = System.nanoTime();
        try {
            return delegate.compare(selfie, idDocument, minimumSimilarity);
        } finally {
            timings.addFace(System.nanoTime() - start);
        }
    }
}
