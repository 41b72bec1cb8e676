package io.onboarding.domain.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The faces a detector found in the selfie, largest first (the one a face comparison uses); none when it found no
 * face.
 */
public record SelfieFaces(List<SelfieFace> faces) implements SelfieInspection {
    public SelfieFaces {
        faces = faces.stream().sorted(Comparator.comparingDouble(SelfieFace::area).reversed()).toList();
    }

    public static SelfieFaces of(SelfieFace... faces) {
        return new SelfieFaces(List.of(faces));
    }

    /** The largest face, when there is one. */
    public Optional<SelfieFace> largest() {
        return faces.stream().findFirst();
    }
}
