package io.onboarding.domain.testing;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.port.FaceComparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Returns a canned comparison (or scripted failures) and records what it was asked to compare. */
public final class FixedFaceComparator implements FaceComparator {
    /** One call: the selfie, the document and the floor passed. */
    public record Call(DocumentRef selfie, DocumentRef idDocument, double minimumSimilarity) {
    }

    private final Scripted<FaceComparison> answers;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private FixedFaceComparator(FaceComparison answer) {
        this.answers = new Scripted<>(() -> answer);
    }

    public static FixedFaceComparator answering(FaceComparison answer) {
        return new FixedFaceComparator(answer);
    }

    public static FixedFaceComparator similarity(double similarity) {
        return answering(new FacesCompared(similarity, 2));
    }

    /** The next call throws {@code failure}; later calls answer as before. */
    public FixedFaceComparator failingOnceWith(RuntimeException failure) {
        answers.thenOnce(() -> {
            throw failure;
        });
        return this;
    }

    /** Every call throws {@code failure}. */
    public FixedFaceComparator failingWith(RuntimeException failure) {
        answers.always(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public FaceComparison compare(DocumentRef selfie, DocumentRef idDocument, double minimumSimilarity) {
        calls.add(new Call(selfie, idDocument, minimumSimilarity));
        return answers.next();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }
}
