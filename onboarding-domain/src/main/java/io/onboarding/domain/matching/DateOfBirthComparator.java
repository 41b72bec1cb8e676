package io.onboarding.domain.matching;

import io.onboarding.domain.model.ExtractedField;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Compares dates as calendar days. The document's date is the reader's normalised date when it gives one, and
 * its text read the US way otherwise; the declared text is read the US way ({@link DateParser}).
 */
final class DateOfBirthComparator implements FieldComparator {
    @Override
    public MatchReason compare(String declared, ExtractedField onDocument) {
        Optional<LocalDate> documentDate = documentDate(onDocument);
        if (documentDate.isEmpty()) {
            return MatchReason.UNPARSEABLE_ON_DOCUMENT;
        }
        Optional<LocalDate> declaredDate = DateParser.parse(declared);
        if (declaredDate.isEmpty()) {
            return MatchReason.DECLARED_INVALID;
        }
        if (!declaredDate.equals(documentDate)) {
            return MatchReason.DIFFERENT;
        }
        return declared.equals(onDocument.text()) ? MatchReason.EXACT : MatchReason.EQUAL_AFTER_NORMALISATION;
    }

    /** The reader's own normalised date is preferred: it knows the document's layout better than a text pattern. */
    static Optional<LocalDate> documentDate(ExtractedField onDocument) {
        return onDocument.normalizedDate().or(() -> DateParser.parse(onDocument.text()));
    }
}
