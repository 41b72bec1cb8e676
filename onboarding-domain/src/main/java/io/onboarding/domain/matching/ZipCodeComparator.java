package io.onboarding.domain.matching;

import io.onboarding.domain.model.ExtractedField;
import java.util.Optional;

/**
 * Compares ZIP codes: a ZIP5 matches the same ZIP5 with any +4, two different +4 codes do not match, and a value
 * that is not a ZIP5 or ZIP+4 (such as {@code 1234}, a ZIP that lost its leading zeros) is invalid.
 */
final class ZipCodeComparator implements FieldComparator {
    @Override
    public MatchReason compare(String declared, ExtractedField onDocument) {
        Optional<ZipCode> documentZip = ZipCode.parse(onDocument.text());
        if (documentZip.isEmpty()) {
            return MatchReason.UNPARSEABLE_ON_DOCUMENT;
        }
        // Leading zeros are never restored: "1234" could be 01234 or 12340 (or a slip), so it is not a ZIP.
        Optional<ZipCode> declaredZip = ZipCode.parse(declared);
        if (declaredZip.isEmpty()) {
            return MatchReason.DECLARED_INVALID;
        }
        if (!declaredZip.get().sameAreaAs(documentZip.get())) {
            return MatchReason.DIFFERENT;
        }
        return declared.equals(onDocument.text()) ? MatchReason.EXACT : MatchReason.EQUAL_AFTER_NORMALISATION;
    }
}
