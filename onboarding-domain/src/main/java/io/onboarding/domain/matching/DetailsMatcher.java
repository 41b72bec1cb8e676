package io.onboarding.domain.matching;

import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ExtractedIdDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** PLACEHOLDER: replaced by the real table-driven matcher. */
public final class DetailsMatcher {
    private final double confidenceFloor;

    public DetailsMatcher(double confidenceFloor) {
        this.confidenceFloor = confidenceFloor;
    }

    public List<FieldMatch> compare(ApplicantDetails declared, ExtractedIdDocument document) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<LocalDate> expirationDate(ExtractedIdDocument document) {
        throw new UnsupportedOperationException("not yet " + confidenceFloor);
    }
}
