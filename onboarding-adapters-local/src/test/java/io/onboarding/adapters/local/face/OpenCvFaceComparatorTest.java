package io.onboarding.adapters.local.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.adapters.local.testing.MapDocuments;
import io.onboarding.adapters.local.testing.SampleImages;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.port.DependencyException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offline face comparison on the three sample packages and on images without faces. */
class OpenCvFaceComparatorTest {
    private static final double THRESHOLD = 80;   // KycPolicy's default face similarity threshold

    private static MapDocuments documents;
    private static OpenCvFaceComparator comparator;
    private static FaceComparison portraitCrop;
    private static FaceComparison otherMan;

    @BeforeAll
    static void openTheComparator() {
        byte[] gradient = ImageVariants.png(ImageVariants.gradient(480, 560));
        documents = new MapDocuments()
                .with("licence.png", SampleImages.licence(SampleImages.APPROVED))
                .with("portrait-crop.png", SampleImages.selfie(SampleImages.APPROVED))
                .with("other-crop.png", SampleImages.selfie(SampleImages.DETAILS_MISMATCH))
                .with("other-man.png", SampleImages.selfie(SampleImages.FACE_MISMATCH))
                .with("gradient.png", gradient)
                .with("garbage.png", "GIF89a, or so it says".getBytes(StandardCharsets.US_ASCII));
        comparator = new OpenCvFaceComparator(documents);
        portraitCrop = compare("portrait-crop.png", "licence.png");
        otherMan = compare("other-man.png", "licence.png");
    }

    @AfterAll
    static void releaseTheDetectors() {
        comparator.close();
    }

    @Test
    void matchesASelfieCutFromTheLicencePortrait() {
        assertThat(portraitCrop).isInstanceOfSatisfying(FacesCompared.class,
                faces -> assertThat(faces.bestSimilarity()).isGreaterThanOrEqualTo(90));
    }

    @Test
    void matchesTheOtherSampleCutFromTheLicencePortrait() {
        assertThat(similarity("other-crop.png", "licence.png")).isGreaterThanOrEqualTo(90);
    }

    @Test
    void keepsADifferentManWellBelowThePolicyThreshold() {
        assertThat(otherMan).isInstanceOfSatisfying(FacesCompared.class,
                faces -> assertThat(faces.bestSimilarity()).isLessThan(THRESHOLD - 40));
    }

    @Test
    void findsThePortraitAndTheGhostImageOnTheLicence() {
        assertThat(portraitCrop).isInstanceOfSatisfying(FacesCompared.class,
                faces -> assertThat(faces.facesOnDocument()).isEqualTo(2));
    }

    @Test
    void reportsNoFaceInASelfieWithoutOne() {
        assertThat(compare("gradient.png", "licence.png")).isEqualTo(new NoFaceInSelfie());
    }

    @Test
    void reportsNoFaceOnADocumentWithoutOne() {
        assertThat(compare("portrait-crop.png", "gradient.png")).isEqualTo(new NoFaceOnDocument());
    }

    @Test
    void looksAtTheSelfieFirstWhenNeitherImageHasAFace() {
        assertThat(compare("gradient.png", "gradient.png")).isEqualTo(new NoFaceInSelfie());
    }

    @Test
    void failsPermanentlyOnBytesThatAreNoImage() {
        assertThatThrownBy(() -> compare("garbage.png", "licence.png"))
                .isInstanceOfSatisfying(DependencyException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.dependency()).isEqualTo(OpenCvFaceComparator.DEPENDENCY);
                    assertThat(e.getMessage()).contains("garbage.png").contains("not a decodable image");
                });
    }

    @Test
    void refusesAMinimumSimilarityOutsideZeroToHundred() {
        assertThatThrownBy(() -> comparator.compare(documents.ref("portrait-crop.png"), documents.ref("licence.png"),
                101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheSameAnswersFromFourThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FaceComparison>> comparisons = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String selfie = i % 2 == 0 ? "portrait-crop.png" : "other-man.png";
                comparisons.add(pool.submit(() -> compare(selfie, "licence.png")));
            }
            for (int i = 0; i < comparisons.size(); i++) {
                assertThat(comparisons.get(i).get()).isEqualTo(i % 2 == 0 ? portraitCrop : otherMan);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void mapsSmallerDistancesToHigherSimilarities() {
        assertThat(OpenCvFaceComparator.similarity(0.1)).isGreaterThan(OpenCvFaceComparator.similarity(0.3));
        assertThat(OpenCvFaceComparator.similarity(OpenCvFaceComparator.MIDPOINT)).isEqualTo(50.0);
        assertThat(OpenCvFaceComparator.similarity(2.0)).isGreaterThanOrEqualTo(0.0);
        assertThat(OpenCvFaceComparator.similarity(0.0)).isLessThanOrEqualTo(100.0);
    }

    private static FaceComparison compare(String selfie, String document) {
        return comparator.compare(documents.ref(selfie), documents.ref(document), THRESHOLD);
    }

    private static double similarity(String selfie, String document) {
        FaceComparison result = compare(selfie, document);
        assertThat(result).isInstanceOf(FacesCompared.class);
        return ((FacesCompared) result).bestSimilarity();
    }
}
