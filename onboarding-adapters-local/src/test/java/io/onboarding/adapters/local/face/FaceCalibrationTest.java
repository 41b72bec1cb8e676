package io.onboarding.adapters.local.face;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.adapters.local.testing.MapDocuments;
import io.onboarding.adapters.local.testing.SampleImages;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calibration of the similarity scale: selfies degraded the way phone pictures are (rescaled, blurred, re-lit,
 * JPEG re-encoded, slightly turned) keep a portrait crop of the licence above the policy's 80 and the different
 * man below it. The numbers measured are in docs/offline-engines.md.
 */
class FaceCalibrationTest {
    private static final double THRESHOLD = 80;
    private static final Map<String, UnaryOperator<BufferedImage>> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("half size", i -> ImageVariants.scaled(i, 0.5));
        VARIANTS.put("blur 2 px", i -> ImageVariants.blurred(i, 2));
        VARIANTS.put("darker and flatter", i -> ImageVariants.relit(i, 0.6f, 10));
        VARIANTS.put("turned 5 degrees", i -> ImageVariants.rotated(i, 5));
    }

    private static MapDocuments documents;
    private static OpenCvFaceComparator comparator;

    @BeforeAll
    static void openTheComparator() {
        documents = new MapDocuments().with("licence.png", SampleImages.licence(SampleImages.APPROVED));
        comparator = new OpenCvFaceComparator(documents);
    }

    @AfterAll
    static void releaseTheDetectors() {
        comparator.close();
    }

    static Iterable<String> variants() {
        return VARIANTS.keySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void keepsTheLicencePortraitAboveThePolicyThreshold(String variant) {
        assertThat(similarity(SampleImages.APPROVED, variant)).isGreaterThanOrEqualTo(THRESHOLD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void keepsTheDifferentManBelowThePolicyThreshold(String variant) {
        assertThat(similarity(SampleImages.FACE_MISMATCH, variant)).isLessThan(THRESHOLD - 40);
    }

    @Test
    void separatesSelfiesReEncodedAsLowQualityJpeg() {
        double same = similarity(SampleImages.APPROVED, 0.3f);
        double other = similarity(SampleImages.FACE_MISMATCH, 0.3f);

        assertThat(same).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(other).isLessThan(THRESHOLD - 40);
    }

    private static double similarity(String sample, String variant) {
        BufferedImage selfie = ImageVariants.decode(SampleImages.selfie(sample));
        String key = sample + "-" + variant.replace(' ', '-') + ".png";
        documents.with(key, ImageVariants.png(VARIANTS.get(variant).apply(selfie)));
        return compared(key);
    }

    private static double similarity(String sample, float jpegQuality) {
        BufferedImage selfie = ImageVariants.decode(SampleImages.selfie(sample));
        String key = sample + "-jpeg-" + jpegQuality + ".jpg";
        documents.with(key, ImageVariants.jpeg(selfie, jpegQuality));
        return compared(key);
    }

    private static double compared(String key) {
        FaceComparison result = comparator.compare(documents.ref(key), documents.ref("licence.png"), THRESHOLD);
        assertThat(result).as(key).isInstanceOf(FacesCompared.class);
        double similarity = ((FacesCompared) result).bestSimilarity();
        System.out.printf("calibration %s: similarity %.1f%n", key, similarity);
        return similarity;
    }
}
