package io.onboarding.domain.matching;

import io.onboarding.domain.model.ExtractedField;

/**
 * The field-specific part of a comparison. {@link DetailsMatcher} calls it only once the generic checks passed:
 * the document's field is present, not blank and confident enough, and the declared value is not blank.
 * Implementations are stateless.
 */
@FunctionalInterface
interface FieldComparator {
    MatchReason compare(String declared, ExtractedField onDocument);
}
