package io.onboarding.domain.matching;

import io.onboarding.domain.model.ExtractedField;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Compares two texts through a field's normalisation: identical texts are {@code EXACT}, texts with the same
 * normal form {@code EQUAL_AFTER_NORMALISATION}. A text whose normal form is empty ("." as a name) is not a
 * value, and empty never matches empty.
 */
final class NormalisingComparator implements FieldComparator {
    private final UnaryOperator<String> normalisation;

    NormalisingComparator(UnaryOperator<String> normalisation) {
        this.normalisation = Objects.requireNonNull(normalisation, "normalisation");
    }

    @Override
    public MatchReason compare(String declared, ExtractedField onDocument) {
        // The document side first, as in the generic checks: an unusable document decides before the declaration.
        String documentForm = normalisation.apply(onDocument.text());
        if (documentForm.isEmpty()) {
            return MatchReason.UNPARSEABLE_ON_DOCUMENT;
        }
        String declaredForm = normalisation.apply(declared);
        if (declaredForm.isEmpty()) {
            return MatchReason.DECLARED_INVALID;
        }
        if (declared.equals(onDocument.text())) {
            return MatchReason.EXACT;
        }
        return declaredForm.equals(documentForm) ? MatchReason.EQUAL_AFTER_NORMALISATION : MatchReason.DIFFERENT;
    }
}
