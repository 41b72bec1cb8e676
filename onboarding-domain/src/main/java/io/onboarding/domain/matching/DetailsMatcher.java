package io.onboarding.domain.matching;

import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.IdField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the applicant's declared details with the fields read from the identity document, one rule per field
 * (see {@code docs/matching.md}); a first or last name is also compared with the document's middle name or suffix.
 * Fields read with a confidence below the floor (0-100) are unreadable, never matched. Immutable and thread-safe.
 */
public final class DetailsMatcher {
    /** The field rules; every applicant field has exactly one. */
    static final Map<IdField, FieldComparator> RULES = Map.of(
            IdField.FIRST_NAME, new NormalisingComparator(NameNormalizer::normalize),
            IdField.LAST_NAME, new NormalisingComparator(NameNormalizer::normalize),
            IdField.CITY_IN_ADDRESS, new NormalisingComparator(CityNormalizer::normalize),
            IdField.ZIP_CODE_IN_ADDRESS, new ZipCodeComparator(),
            IdField.STATE_IN_ADDRESS, new NormalisingComparator(UsStates::normalize),
            IdField.DOCUMENT_NUMBER, new NormalisingComparator(DocumentNumberNormalizer::normalize),
            IdField.DATE_OF_BIRTH, new DateOfBirthComparator(),
            IdField.ADDRESS, new NormalisingComparator(StreetAddressNormalizer::normalize));

    /** The fields the document completes with a part of its own; looked at only when the field alone differs. */
    static final Map<IdField, WholeNameComparator> WHOLE_NAME_RULES = Map.of(
            IdField.FIRST_NAME, WholeNameComparator.GIVEN_NAME,
            IdField.LAST_NAME, WholeNameComparator.FAMILY_NAME);

    static {
        // A field without a rule would otherwise surface as a NullPointerException on the first application.
        if (!RULES.keySet().equals(Set.copyOf(IdField.APPLICANT_FIELDS))) {
            throw new IllegalStateException("every applicant field needs exactly one matching rule");
        }
    }

    private final double confidenceFloor;

    /** @param confidenceFloor the lowest reader confidence (0-100) at which a document field is trusted */
    public DetailsMatcher(double confidenceFloor) {
        if (!(confidenceFloor >= 0 && confidenceFloor <= 100)) {   // also refuses NaN
            throw new IllegalArgumentException("confidence floor must be within 0-100, was " + confidenceFloor);
        }
        this.confidenceFloor = confidenceFloor;
    }

    /** One FieldMatch per IdField.APPLICANT_FIELDS, in that order. */
    public List<FieldMatch> compare(ApplicantDetails declared, ExtractedIdDocument document) {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(document, "document");
        var matches = new ArrayList<FieldMatch>(IdField.APPLICANT_FIELDS.size());
        for (IdField field : IdField.APPLICANT_FIELDS) {
            matches.add(new FieldMatch(field, compare(field, declared.value(field), document)));
        }
        return List.copyOf(matches);
    }

    /** The document's EXPIRATION_DATE when present, at/above the floor, and readable (normalized value preferred). */
    public Optional<LocalDate> expirationDate(ExtractedIdDocument document) {
        Objects.requireNonNull(document, "document");
        return document.field(IdField.EXPIRATION_DATE)
                .filter(this::trusted)
                .flatMap(DateOfBirthComparator::documentDate);
    }

    /**
     * The generic checks come first, document side before declared side: without a trustworthy reading there is no
     * evidence to judge the declaration against, so the field is UNREADABLE (a human looks at the document) even
     * when the declaration is also empty.
     */
    private MatchReason compare(IdField field, String declared, ExtractedIdDocument document) {
        Optional<ExtractedField> read = document.field(field);
        if (read.isEmpty()) {
            return MatchReason.MISSING_ON_DOCUMENT;
        }
        ExtractedField onDocument = read.get();
        if (TextFolding.isBlank(onDocument.text())) {
            return MatchReason.EMPTY_ON_DOCUMENT;
        }
        if (!trusted(onDocument)) {
            return MatchReason.LOW_CONFIDENCE;
        }
        if (TextFolding.isBlank(declared)) {
            return MatchReason.DECLARED_EMPTY;
        }
        MatchReason reason = RULES.get(field).compare(declared, onDocument);
        if (reason != MatchReason.DIFFERENT || !WHOLE_NAME_RULES.containsKey(field)) {
            return reason;
        }
        // Only a difference gets the second look: a middle name or suffix never changes any other outcome.
        WholeNameComparator wholeName = WHOLE_NAME_RULES.get(field);
        return wholeName.compare(declared, onDocument, namePart(document, wholeName.partField()));
    }

    /** The document's middle name or suffix, judged by the same generic checks as every field. */
    private NamePart namePart(ExtractedIdDocument document, IdField partField) {
        Optional<ExtractedField> read = document.field(partField);
        if (read.isEmpty() || TextFolding.isBlank(read.get().text())) {
            return new NamePart.Absent();
        }
        return trusted(read.get()) ? new NamePart.Read(read.get().text()) : new NamePart.Unsure();
    }

    private boolean trusted(ExtractedField onDocument) {
        return onDocument.confidence() >= confidenceFloor;
    }
}
