package io.onboarding.domain.testing;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.port.IdDocumentReader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Returns a canned extraction (or scripted failures) and records which documents it read. */
public final class FixedIdDocumentReader implements IdDocumentReader {
    private final Scripted<IdExtraction> answers;
    private final List<DocumentRef> reads = new CopyOnWriteArrayList<>();

    private FixedIdDocumentReader(IdExtraction answer) {
        this.answers = new Scripted<>(() -> answer);
    }

    public static FixedIdDocumentReader answering(IdExtraction answer) {
        return new FixedIdDocumentReader(answer);
    }

    public FixedIdDocumentReader failingOnceWith(RuntimeException failure) {
        answers.thenOnce(() -> {
            throw failure;
        });
        return this;
    }

    public FixedIdDocumentReader failingWith(RuntimeException failure) {
        answers.always(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public IdExtraction read(DocumentRef idDocument) {
        reads.add(idDocument);
        return answers.next();
    }

    public List<DocumentRef> reads() {
        return List.copyOf(reads);
    }
}
