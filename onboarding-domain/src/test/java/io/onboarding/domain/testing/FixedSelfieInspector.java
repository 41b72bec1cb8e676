package io.onboarding.domain.testing;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceTrait;
import io.onboarding.domain.model.HeadPose;
import io.onboarding.domain.model.SelfieFace;
import io.onboarding.domain.model.SelfieFaces;
import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.port.SelfieInspector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Returns a canned inspection (or scripted failures) and records which selfies it was asked about. */
public final class FixedSelfieInspector implements SelfieInspector {
    /**
     * A face every default rule accepts: large, confident, frontal, sharp, evenly lit, eyes open, no sunglasses
     * (the measures of the recorded {@code detect-faces-one-face.json}).
     */
    public static final SelfieFace GOOD_FACE = SelfieFace.ofSize(0.4823, 0.6412).withConfidence(99.99903)
            .withPose(HeadPose.of(3.5127, 2.9866, -1.2044)).withQuality(92.2801, 86.8607)
            .withEyesOpen(new FaceTrait(true, 98.7)).withSunglasses(new FaceTrait(false, 99.9));

    private final Scripted<SelfieInspection> answers;
    private final List<DocumentRef> calls = new CopyOnWriteArrayList<>();

    private FixedSelfieInspector(SelfieInspection answer) {
        this.answers = new Scripted<>(() -> answer);
    }

    public static FixedSelfieInspector answering(SelfieInspection answer) {
        return new FixedSelfieInspector(answer);
    }

    /** One good face. */
    public static FixedSelfieInspector goodSelfie() {
        return answering(SelfieFaces.of(GOOD_FACE));
    }

    /** The next call throws {@code failure}; later calls answer as before. */
    public FixedSelfieInspector failingOnceWith(RuntimeException failure) {
        answers.thenOnce(() -> {
            throw failure;
        });
        return this;
    }

    /** Every call throws {@code failure}. */
    public FixedSelfieInspector failingWith(RuntimeException failure) {
        answers.always(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public SelfieInspection inspect(DocumentRef selfie) {
        calls.add(selfie);
        return answers.next();
    }

    public List<DocumentRef> calls() {
        return List.copyOf(calls);
    }
}
