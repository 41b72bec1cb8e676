package io.onboarding.cli;

import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;

/**
 * The engines of one run. Each worker thread asks for its own comparator and reader (the offline engines hold
 * native state that is not shared between threads); closing releases everything handed out.
 */
public interface Engines extends AutoCloseable {
    /** Makes the engines of one run for {@code --engine}, {@code --region} and the offline engines' limits. */
    @FunctionalInterface
    interface Factory {
        /** @throws IllegalArgumentException when the choice cannot be used (for example no AWS region) */
        Engines open(EngineSettings settings);
    }

    FaceComparator faceComparator(DocumentBytes documents);

    IdDocumentReader idDocumentReader(DocumentBytes documents);

    @Override
    void close();
}
