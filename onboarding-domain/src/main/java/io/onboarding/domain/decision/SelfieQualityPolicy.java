package io.onboarding.domain.decision;

import io.onboarding.domain.model.FaceTrait;
import io.onboarding.domain.model.HeadPose;
import io.onboarding.domain.model.SelfieFace;
import io.onboarding.domain.model.SelfieFaces;
import io.onboarding.domain.model.SelfieInspection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The bank's rules for a selfie fit to be compared with the licence: the thresholds each {@link SelfieIssue} is
 * judged by and what each issue leads to. A measure the engine does not give is not judged. The defaults and where
 * each comes from are in {@code docs/selfie-quality.md}.
 *
 * @param minimumFaceSize       the smallest face, as the larger of its width and height shares of the image (0-1);
 *                              default 0.05 (Rekognition's 50 px face in a 1080 px image)
 * @param minimumConfidence     the lowest detection confidence (0-100); default 90 (AWS's identity-verification
 *                              sample)
 * @param maximumYaw            the largest head turn either way, in degrees; default 45 (Rekognition's guidance)
 * @param maximumPitchUp        the largest upward tilt, in degrees; default 45 (Rekognition's guidance)
 * @param maximumPitchDown      the largest downward tilt, in degrees; default 30 (Rekognition's guidance)
 * @param minimumSharpness      the lowest sharpness (0-100); default 15 (the project's, no public figure)
 * @param minimumBrightness     the lowest brightness (0-100); default 20 (the project's, no public figure)
 * @param maximumBrightness     the highest brightness (0-100); default 95 (the project's, no public figure)
 * @param minimumTraitConfidence the confidence (0-100) from which eyes closed or sunglasses count; default 90
 * @param outcomes              REJECTED or NEEDS_REVIEW for every issue
 */
public record SelfieQualityPolicy(
        double minimumFaceSize,
        double minimumConfidence,
        double maximumYaw,
        double maximumPitchUp,
        double maximumPitchDown,
        double minimumSharpness,
        double minimumBrightness,
        double maximumBrightness,
        double minimumTraitConfidence,
        Map<SelfieIssue, DecisionOutcome> outcomes) {

    public SelfieQualityPolicy {
        if (!(minimumFaceSize >= 0 && minimumFaceSize <= 1)) {
            throw new IllegalArgumentException("minimum face size must be within 0-1, was " + minimumFaceSize);
        }
        requireWithin(minimumConfidence, 0, 100, "minimum confidence");
        requireWithin(maximumYaw, 0, 180, "maximum yaw");
        requireWithin(maximumPitchUp, 0, 180, "maximum pitch up");
        requireWithin(maximumPitchDown, 0, 180, "maximum pitch down");
        requireWithin(minimumSharpness, 0, 100, "minimum sharpness");
        requireWithin(minimumBrightness, 0, 100, "minimum brightness");
        requireWithin(maximumBrightness, 0, 100, "maximum brightness");
        requireWithin(minimumTraitConfidence, 0, 100, "minimum trait confidence");
        if (minimumBrightness > maximumBrightness) {
            throw new IllegalArgumentException("minimum brightness is above the maximum");
        }
        var copy = new EnumMap<SelfieIssue, DecisionOutcome>(SelfieIssue.class);
        copy.putAll(outcomes);
        for (SelfieIssue issue : SelfieIssue.values()) {
            DecisionOutcome outcome = copy.get(issue);
            if (outcome != DecisionOutcome.REJECTED && outcome != DecisionOutcome.NEEDS_REVIEW) {
                throw new IllegalArgumentException("the outcome of " + issue + " must be REJECTED or NEEDS_REVIEW, was "
                        + outcome);
            }
        }
        outcomes = Map.copyOf(copy);
    }

    /**
     * The defaults: REJECTED for several faces and sunglasses, which AWS's samples refuse outright; NEEDS_REVIEW for
     * everything else, where only guidance exists and a person can still judge the picture.
     */
    public static SelfieQualityPolicy defaults() {
        var outcomes = new EnumMap<SelfieIssue, DecisionOutcome>(SelfieIssue.class);
        for (SelfieIssue issue : SelfieIssue.values()) {
            outcomes.put(issue, DecisionOutcome.NEEDS_REVIEW);
        }
        outcomes.put(SelfieIssue.SEVERAL_FACES, DecisionOutcome.REJECTED);
        outcomes.put(SelfieIssue.SUNGLASSES, DecisionOutcome.REJECTED);
        return new SelfieQualityPolicy(0.05, 90, 45, 45, 30, 15, 20, 95, 90, outcomes);
    }

    /** What {@code issue} leads to. */
    public DecisionOutcome outcome(SelfieIssue issue) {
        return outcomes.get(Objects.requireNonNull(issue, "issue"));
    }

    /** This policy with {@code issue} leading to {@code outcome}. */
    public SelfieQualityPolicy withOutcome(SelfieIssue issue, DecisionOutcome outcome) {
        var copy = new EnumMap<SelfieIssue, DecisionOutcome>(outcomes);
        copy.put(issue, outcome);
        return new SelfieQualityPolicy(minimumFaceSize, minimumConfidence, maximumYaw, maximumPitchUp,
                maximumPitchDown, minimumSharpness, minimumBrightness, maximumBrightness, minimumTraitConfidence,
                copy);
    }

    /**
     * Judges an inspection: the issues found, in {@link SelfieIssue} order; none when the selfie is fit or was not
     * inspected. Only faces at least {@link #minimumFaceSize} and {@link #minimumConfidence} count as several faces
     * (a stranger far behind the applicant does not), and the largest face is the one judged, as a comparison uses
     * it.
     */
    public SelfieQuality evaluate(SelfieInspection inspection) {
        Objects.requireNonNull(inspection, "inspection");
        if (!(inspection instanceof SelfieFaces found)) {
            return new SelfieQuality(inspection, List.of());
        }
        Optional<SelfieFace> largest = found.largest();
        if (largest.isEmpty()) {
            return new SelfieQuality(inspection, List.of(SelfieIssue.NO_FACE));
        }
        var issues = new ArrayList<SelfieIssue>();
        if (found.faces().stream().filter(this::couldBeTheApplicant).count() > 1) {
            issues.add(SelfieIssue.SEVERAL_FACES);
        }
        SelfieFace face = largest.get();
        if (face.size() < minimumFaceSize) {
            issues.add(SelfieIssue.FACE_TOO_SMALL);
        }
        if (below(face.confidence(), minimumConfidence)) {
            issues.add(SelfieIssue.LOW_CONFIDENCE);
        }
        if (poseOutOfRange(face.pose())) {
            issues.add(SelfieIssue.POSE_OUT_OF_RANGE);
        }
        if (below(face.sharpness(), minimumSharpness)) {
            issues.add(SelfieIssue.TOO_BLURRED);
        }
        if (below(face.brightness(), minimumBrightness)) {
            issues.add(SelfieIssue.TOO_DARK);
        }
        if (face.brightness().isPresent() && face.brightness().getAsDouble() > maximumBrightness) {
            issues.add(SelfieIssue.TOO_BRIGHT);
        }
        if (judged(face.eyesOpen()).map(open -> !open).orElse(false)) {
            issues.add(SelfieIssue.EYES_CLOSED);
        }
        if (judged(face.sunglasses()).orElse(false)) {
            issues.add(SelfieIssue.SUNGLASSES);
        }
        return new SelfieQuality(inspection, issues);
    }

    private boolean couldBeTheApplicant(SelfieFace face) {
        return face.size() >= minimumFaceSize && !below(face.confidence(), minimumConfidence);
    }

    private boolean poseOutOfRange(HeadPose pose) {
        boolean turned = pose.yaw().isPresent() && Math.abs(pose.yaw().getAsDouble()) > maximumYaw;
        boolean up = pose.pitch().isPresent() && pose.pitch().getAsDouble() > maximumPitchUp;
        boolean down = pose.pitch().isPresent() && pose.pitch().getAsDouble() < -maximumPitchDown;
        return turned || up || down;   // roll is not judged: Rekognition handles any roll
    }

    /** A trait counts only when the engine is confident enough of it; otherwise it is unknown. */
    private Optional<Boolean> judged(Optional<FaceTrait> trait) {
        return trait.filter(t -> t.confidence() >= minimumTraitConfidence).map(FaceTrait::present);
    }

    private static boolean below(OptionalDouble value, double minimum) {
        return value.isPresent() && value.getAsDouble() < minimum;
    }

    private static void requireWithin(double value, double low, double high, String name) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(name + " must be within " + low + "-" + high + ", was " + value);
        }
    }
}
