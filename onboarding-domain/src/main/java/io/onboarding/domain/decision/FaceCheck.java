package io.onboarding.domain.decision;

import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The selfie-against-licence check: what the comparator found, the selfie's quality where it was checked, and
 * whether the check passes the policy. {@code passed} is the original system's LICENSE_SELFIE_MATCH. A selfie with
 * quality issues makes the comparison untrusted: the check then fails for those issues, whatever the similarity
 * (only "no face on the licence" still counts, as it says nothing about the selfie). {@code quality} is empty for
 * checks recorded before selfies were inspected.
 */
public record FaceCheck(FaceComparison comparison, boolean passed, Optional<SelfieQuality> quality) {
    public FaceCheck {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(quality, "quality");
        if (passed && !(comparison instanceof FacesCompared)) {
            throw new IllegalArgumentException("a face check cannot pass without faces on both images");
        }
        if (passed && !quality.map(SelfieQuality::passed).orElse(true)) {
            throw new IllegalArgumentException("a face check cannot pass with selfie quality issues");
        }
    }

    /** A check without a selfie inspection (recorded before there was one). */
    public FaceCheck(FaceComparison comparison, boolean passed) {
        this(comparison, passed, Optional.empty());
    }

    /** The best similarity found, when faces were found on both images. */
    public Optional<Double> similarity() {
        return comparison instanceof FacesCompared compared
                ? Optional.of(compared.bestSimilarity()) : Optional.empty();
    }

    /** False when the selfie's quality issues make the comparison meaningless. */
    public boolean comparisonTrusted() {
        return quality.map(SelfieQuality::passed).orElse(true);
    }

    /** Why the check failed, the first of {@link #reasons()}; empty when it passed. */
    public Optional<DecisionReason> failure() {
        return reasons().stream().findFirst();
    }

    /**
     * Every reason the check failed: "no face on the licence", then either the comparison's own failure (when it is
     * trusted) or the selfie's quality issues. Empty when the check passed.
     */
    public List<DecisionReason> reasons() {
        if (passed) {
            return List.of();
        }
        var reasons = new ArrayList<DecisionReason>();
        if (comparison instanceof NoFaceOnDocument) {
            reasons.add(DecisionReason.NO_FACE_ON_DOCUMENT);
        }
        if (!comparisonTrusted()) {
            quality.orElseThrow().issues().forEach(issue -> reasons.add(issue.reason()));
        } else if (comparison instanceof NoFaceInSelfie) {
            reasons.add(DecisionReason.NO_FACE_IN_SELFIE);
        } else if (comparison instanceof FacesCompared) {
            reasons.add(DecisionReason.FACE_MISMATCH);
        }
        return List.copyOf(reasons);
    }

    /**
     * The check as codes, for the history: {@code MATCH} or {@link #reasons()}, then the selfie check's
     * {@code SELFIE_OK} or {@code SELFIE_NOT_INSPECTED} (its issues are among the reasons already).
     */
    public List<String> codes() {
        var codes = new ArrayList<String>();
        if (passed) {
            codes.add("MATCH");
        }
        reasons().forEach(reason -> codes.add(reason.name()));
        quality.filter(SelfieQuality::passed).ifPresent(q -> codes.addAll(q.codes()));
        return List.copyOf(codes);
    }
}
