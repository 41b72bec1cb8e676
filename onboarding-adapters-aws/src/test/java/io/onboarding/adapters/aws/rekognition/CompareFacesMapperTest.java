package io.onboarding.adapters.aws.rekognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceOnDocument;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rekognition.model.CompareFacesMatch;
import software.amazon.awssdk.services.rekognition.model.CompareFacesResponse;
import software.amazon.awssdk.services.rekognition.model.ComparedFace;

class CompareFacesMapperTest {
    private static final ComparedFace FACE = ComparedFace.builder().confidence(99.9f).build();

    @Test
    void reportsTheMatchAndCountsTheUnmatchedGhostPortrait() {
        CompareFacesResponse response = CompareFacesResponse.builder()
                .faceMatches(match(99.4f))
                .unmatchedFaces(FACE)
                .build();

        FaceComparison comparison = CompareFacesMapper.toComparison(response);

        assertThat(comparison).isInstanceOf(FacesCompared.class);
        FacesCompared compared = (FacesCompared) comparison;
        assertThat(compared.bestSimilarity()).isCloseTo(99.4, Offset.offset(0.0001));
        assertThat(compared.facesOnDocument()).isEqualTo(2);
    }

    @Test
    void takesTheHighestSimilarityWhateverTheOrder() {
        CompareFacesResponse response = CompareFacesResponse.builder()
                .faceMatches(match(85.0f), match(97.5f), match(90.0f))
                .build();

        FaceComparison comparison = CompareFacesMapper.toComparison(response);

        assertThat(comparison).isEqualTo(new FacesCompared(97.5, 3));
    }

    @Test
    void reportsZeroSimilarityWhenNoFaceReachedTheThreshold() {
        CompareFacesResponse response = CompareFacesResponse.builder().unmatchedFaces(FACE, FACE).build();

        FaceComparison comparison = CompareFacesMapper.toComparison(response);

        assertThat(comparison).isEqualTo(new FacesCompared(0, 2));
    }

    @Test
    void reportsNoFaceOnDocumentWhenBothListsAreEmpty() {
        CompareFacesResponse response = CompareFacesResponse.builder().build();

        FaceComparison comparison = CompareFacesMapper.toComparison(response);

        assertThat(comparison).isEqualTo(new NoFaceOnDocument());
    }

    @Test
    void keepsAFloatJustAboveHundredWithinTheDomainRange() {
        CompareFacesResponse response = CompareFacesResponse.builder().faceMatches(match(100.00001f)).build();

        FaceComparison comparison = CompareFacesMapper.toComparison(response);

        assertThat(comparison).isEqualTo(new FacesCompared(100, 1));
    }

    private static CompareFacesMatch match(float similarity) {
        return CompareFacesMatch.builder().similarity(similarity).face(FACE).build();
    }
}
