package io.onboarding.cli;

import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.testing.TestApplications;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Engines with canned answers: the face matches (similarity 99, two faces on the licence) and the licence reads as
 * the sample licence, unless a test gives its own comparator or reader. Counts what was opened and closed.
 */
final class StubEngines implements Engines {
    final AtomicInteger facesOpened = new AtomicInteger();
    final AtomicInteger readersOpened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    private final FaceComparator faces;
    private final IdDocumentReader reader;

    StubEngines(FaceComparator faces, IdDocumentReader reader) {
        this.faces = faces;
        this.reader = reader;
    }

    static StubEngines matching() {
        return new StubEngines((selfie, document, floor) -> new FacesCompared(99, 2),
                document -> TestApplications.theSampleLicence().build());
    }

    /** A factory that hands out these engines whatever the choice. */
    Engines.Factory factory() {
        return settings -> this;
    }

    @Override
    public FaceComparator faceComparator(DocumentBytes documents) {
        facesOpened.incrementAndGet();
        return faces;
    }

    @Override
    public IdDocumentReader idDocumentReader(DocumentBytes documents) {
        readersOpened.incrementAndGet();
        return reader;
    }

    @Override
    public void close() {
        closed.incrementAndGet();
    }
}
