package io.onboarding.adapters.aws.rekognition;

import io.onboarding.domain.model.FaceTrait;
import io.onboarding.domain.model.HeadPose;
import io.onboarding.domain.model.SelfieFace;
import io.onboarding.domain.model.SelfieFaces;
import java.util.Optional;
import java.util.OptionalDouble;
import software.amazon.awssdk.services.rekognition.model.BoundingBox;
import software.amazon.awssdk.services.rekognition.model.DetectFacesResponse;
import software.amazon.awssdk.services.rekognition.model.FaceDetail;
import software.amazon.awssdk.services.rekognition.model.ImageQuality;
import software.amazon.awssdk.services.rekognition.model.Pose;

/**
 * Turns a DetectFaces answer into the domain's {@link SelfieFaces} fact. Rekognition's measures map one to one: the
 * bounding box's Width and Height (shares of the image's), Confidence, Pose (degrees), Quality's Sharpness and
 * Brightness (0-100), EyesOpen and Sunglasses with their confidence. A member Rekognition leaves out is left out;
 * a float just outside its documented range (a box reaching past the image, 100.00001) is brought inside it.
 */
final class DetectFacesMapper {
    private DetectFacesMapper() {
    }

    static SelfieFaces toFaces(DetectFacesResponse response) {
        return new SelfieFaces(response.faceDetails().stream().map(DetectFacesMapper::face).toList());
    }

    private static SelfieFace face(FaceDetail detail) {
        BoundingBox box = detail.boundingBox();
        // a face without a box (never seen, the member is optional) counts as no size at all: FACE_TOO_SMALL
        double width = box == null ? 0 : share(box.width());
        double height = box == null ? 0 : share(box.height());
        ImageQuality quality = detail.quality();
        return new SelfieFace(width, height, percent(detail.confidence()), pose(detail.pose()),
                quality == null ? OptionalDouble.empty() : percent(quality.sharpness()),
                quality == null ? OptionalDouble.empty() : percent(quality.brightness()),
                detail.eyesOpen() == null ? Optional.empty()
                        : trait(detail.eyesOpen().value(), detail.eyesOpen().confidence()),
                detail.sunglasses() == null ? Optional.empty()
                        : trait(detail.sunglasses().value(), detail.sunglasses().confidence()));
    }

    private static HeadPose pose(Pose pose) {
        if (pose == null) {
            return HeadPose.unknown();
        }
        return new HeadPose(degrees(pose.yaw()), degrees(pose.pitch()), degrees(pose.roll()));
    }

    private static Optional<FaceTrait> trait(Boolean value, Float confidence) {
        OptionalDouble percent = percent(confidence);
        if (value == null || percent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FaceTrait(value, percent.getAsDouble()));
    }

    private static double share(Float value) {
        return value == null || value.isNaN() ? 0 : Math.max(0, Math.min(1, value));
    }

    private static OptionalDouble percent(Float value) {
        return value == null || value.isNaN() ? OptionalDouble.empty()
                : OptionalDouble.of(Math.max(0, Math.min(100, value)));
    }

    private static OptionalDouble degrees(Float value) {
        return value == null || value.isNaN() ? OptionalDouble.empty()
                : OptionalDouble.of(Math.max(-180, Math.min(180, value)));
    }
}
