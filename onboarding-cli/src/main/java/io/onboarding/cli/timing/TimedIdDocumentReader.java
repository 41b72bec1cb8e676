package io.onboarding.cli.timing;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.port.IdDocumentReader;
import java.util.Objects;

/** Adds the time of every read, failed ones included, to {@link EngineTimings} as OCR time. */
public final class TimedIdDocumentReader implements IdDocumentReader {
    private final IdDocumentReader delegate;
    private final EngineTimings timings;

    public TimedIdDocumentReader(IdDocumentReader delegate, EngineTimings timings) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.timings = Objects.requireNonNull(timings, "timings");
    }

    @Override
    public IdExtraction read(DocumentRef idDocument) {
        long start = System.nanoTime();
        try {
            return delegate.read(idDocument);
        } finally {
            timings.addOcr(System.nanoTime() - start);
        }
    }
}
