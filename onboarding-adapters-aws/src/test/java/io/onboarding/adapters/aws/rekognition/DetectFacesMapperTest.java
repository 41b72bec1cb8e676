package io.onboarding.adapters.aws.rekognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.FaceTrait;
import io.onboarding.domain.model.SelfieFace;
import io.onboarding.domain.model.SelfieFaces;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rekognition.model.BoundingBox;
import software.amazon.awssdk.services.rekognition.model.DetectFacesResponse;
import software.amazon.awssdk.services.rekognition.model.EyeOpen;
import software.amazon.awssdk.services.rekognition.model.FaceDetail;
import software.amazon.awssdk.services.rekognition.model.ImageQuality;
import software.amazon.awssdk.services.rekognition.model.Pose;
import software.amazon.awssdk.services.rekognition.model.Sunglasses;

/** The mapper's edge cases, with SDK model builders; the recorded answers are in RekognitionSelfieInspectorIT. */
class DetectFacesMapperTest {
    private static FaceDetail.Builder face(float width, float height) {
        return FaceDetail.builder().boundingBox(BoundingBox.builder().width(width).height(height).left(0.1f)
                .top(0.1f).build());
    }

    @Test
    void reportsNoFaceForAnEmptyAnswer() {
        assertThat(DetectFacesMapper.toFaces(DetectFacesResponse.builder().build())).isEqualTo(SelfieFaces.of());
    }

    @Test
    void leavesOutWhatRekognitionLeftOut() {
        SelfieFace face = DetectFacesMapper.toFaces(DetectFacesResponse.builder()
                .faceDetails(face(0.4f, 0.5f).build()).build()).faces().get(0);

        assertThat(face.confidence()).isEmpty();
        assertThat(face.pose().yaw()).isEmpty();
        assertThat(face.sharpness()).isEmpty();
        assertThat(face.brightness()).isEmpty();
        assertThat(face.eyesOpen()).isEmpty();
        assertThat(face.sunglasses()).isEmpty();
    }

    @Test
    void leavesOutAPoseAxisOrATraitGivenOnlyInPart() {
        SelfieFace face = DetectFacesMapper.toFaces(DetectFacesResponse.builder().faceDetails(face(0.4f, 0.5f)
                .pose(Pose.builder().yaw(10f).build())
                .eyesOpen(EyeOpen.builder().value(true).build())
                .sunglasses(Sunglasses.builder().confidence(99f).build()).build()).build()).faces().get(0);

        assertThat(face.pose().yaw().getAsDouble()).isEqualTo(10.0);
        assertThat(face.pose().pitch()).isEmpty();
        assertThat(face.eyesOpen()).isEmpty();
        assertThat(face.sunglasses()).isEmpty();
    }

    @Test
    void bringsFloatsJustOutsideTheirRangesInside() {
        SelfieFace face = DetectFacesMapper.toFaces(DetectFacesResponse.builder().faceDetails(face(1.0000001f, -0.0f)
                .confidence(100.00001f)
                .pose(Pose.builder().yaw(180.0001f).pitch(-180.0001f).roll(Float.NaN).build())
                .quality(ImageQuality.builder().sharpness(100.00001f).brightness(-0.00001f).build())
                .sunglasses(Sunglasses.builder().value(true).confidence(100.00001f).build())
                .build()).build()).faces().get(0);

        assertThat(face.widthShare()).isEqualTo(1.0);
        assertThat(face.confidence().getAsDouble()).isEqualTo(100.0);
        assertThat(face.pose().yaw().getAsDouble()).isEqualTo(180.0);
        assertThat(face.pose().pitch().getAsDouble()).isEqualTo(-180.0);
        assertThat(face.pose().roll()).isEmpty();
        assertThat(face.sharpness().getAsDouble()).isEqualTo(100.0);
        assertThat(face.brightness().getAsDouble()).isEqualTo(0.0);
        assertThat(face.sunglasses()).contains(new FaceTrait(true, 100.0));
    }

    @Test
    void givesAFaceWithoutABoundingBoxNoSize() {
        SelfieFace face = DetectFacesMapper.toFaces(DetectFacesResponse.builder()
                .faceDetails(FaceDetail.builder().confidence(99f).build()).build()).faces().get(0);

        assertThat(face.size()).isZero();
    }
}
