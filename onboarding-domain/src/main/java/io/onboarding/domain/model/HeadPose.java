package io.onboarding.domain.model;

import java.util.OptionalDouble;

/**
 * The head's rotation in degrees (-180 to 180), each axis only where the engine gives it: {@code yaw} turns the
 * head left or right, {@code pitch} tilts it up (positive) or down (negative), {@code roll} tilts it sideways.
 */
public record HeadPose(OptionalDouble yaw, OptionalDouble pitch, OptionalDouble roll) {
    public HeadPose {
        requireDegrees(yaw, "yaw");
        requireDegrees(pitch, "pitch");
        requireDegrees(roll, "roll");
    }

    public static HeadPose of(double yaw, double pitch, double roll) {
        return new HeadPose(OptionalDouble.of(yaw), OptionalDouble.of(pitch), OptionalDouble.of(roll));
    }

    /** Nothing known about the pose. */
    public static HeadPose unknown() {
        return new HeadPose(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static void requireDegrees(OptionalDouble value, String name) {
        if (value.isPresent() && !(value.getAsDouble() >= -180 && value.getAsDouble() <= 180)) {
            throw new IllegalArgumentException(name + " must be within -180 to 180 degrees, was " + value.getAsDouble());
        }
    }
}
