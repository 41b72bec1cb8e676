package io.onboarding.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One face found in a selfie, as measures only (never pixels of the image). Engines differ, so everything but the
 * face's size is optional.
 *
 * @param widthShare  the face box's width as a share of the image's width (0-1)
 * @param heightShare the face box's height as a share of the image's height (0-1)
 * @param confidence  the detector's confidence (0-100) that this is a face
 * @param pose        the head's rotation, each axis where given
 * @param sharpness   the face's sharpness (0-100, higher is sharper)
 * @param brightness  the face's brightness (0-100, higher is brighter)
 * @param eyesOpen    whether the eyes are open
 * @param sunglasses  whether the face wears sunglasses
 */
public record SelfieFace(double widthShare, double heightShare, OptionalDouble confidence, HeadPose pose,
                         OptionalDouble sharpness, OptionalDouble brightness, Optional<FaceTrait> eyesOpen,
                         Optional<FaceTrait> sunglasses) {
    public SelfieFace {
        requireShare(widthShare, "width share");
        requireShare(heightShare, "height share");
        requirePercent(confidence, "confidence");
        Objects.requireNonNull(pose, "pose");
        requirePercent(sharpness, "sharpness");
        requirePercent(brightness, "brightness");
        Objects.requireNonNull(eyesOpen, "eyesOpen");
        Objects.requireNonNull(sunglasses, "sunglasses");
    }

    /** A face of which only the size is known (what a plain detector reports). */
    public static SelfieFace ofSize(double widthShare, double heightShare) {
        return new SelfieFace(widthShare, heightShare, OptionalDouble.empty(), HeadPose.unknown(),
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty());
    }

    /** The face box's share of the image's area. */
    public double area() {
        return widthShare * heightShare;
    }

    /** The larger of the two shares: about the face's size against the image's shorter side. */
    public double size() {
        return Math.max(widthShare, heightShare);
    }

    public SelfieFace withConfidence(double value) {
        return new SelfieFace(widthShare, heightShare, OptionalDouble.of(value), pose, sharpness, brightness,
                eyesOpen, sunglasses);
    }

    public SelfieFace withPose(HeadPose value) {
        return new SelfieFace(widthShare, heightShare, confidence, value, sharpness, brightness, eyesOpen,
                sunglasses);
    }

    public SelfieFace withQuality(double sharpnessValue, double brightnessValue) {
        return new SelfieFace(widthShare, heightShare, confidence, pose, OptionalDouble.of(sharpnessValue),
                OptionalDouble.of(brightnessValue), eyesOpen, sunglasses);
    }

    public SelfieFace withEyesOpen(FaceTrait value) {
        return new SelfieFace(widthShare, heightShare, confidence, pose, sharpness, brightness, Optional.of(value),
                sunglasses);
    }

    public SelfieFace withSunglasses(FaceTrait value) {
        return new SelfieFace(widthShare, heightShare, confidence, pose, sharpness, brightness, eyesOpen,
                Optional.of(value));
    }

    private static void requireShare(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0-1, was " + value);
        }
    }

    private static void requirePercent(OptionalDouble value, String name) {
        if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 100)) {
            throw new IllegalArgumentException(name + " must be within 0-100, was " + value.getAsDouble());
        }
    }
}
