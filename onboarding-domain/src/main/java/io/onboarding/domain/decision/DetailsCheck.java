package io.onboarding.domain.decision;

import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.matching.MatchOutcome;
import io.onboarding.domain.model.IdField;
import java.util.List;

/**
 * The declared-details-against-licence check: one {@link FieldMatch} per CSV field, in CSV order, and whether the
 * licence has expired. An unsupported document has no field results. {@link #passed()} is the original system's
 * LICENSE_DETAILS_MATCH.
 */
public record DetailsCheck(boolean documentSupported, List<FieldMatch> fields, boolean licenseExpired) {
    public DetailsCheck {
        fields = List.copyOf(fields);
        if (documentSupported && fields.size() != IdField.APPLICANT_FIELDS.size()) {
            throw new IllegalArgumentException("a supported document needs one result per applicant field");
        }
        if (!documentSupported && (!fields.isEmpty() || licenseExpired)) {
            throw new IllegalArgumentException("an unsupported document has no field results");
        }
    }

    public static DetailsCheck unsupportedDocument() {
        return new DetailsCheck(false, List.of(), false);
    }

    /** True when the document was read and every field matched. */
    public boolean passed() {
        return documentSupported && fieldsWith(MatchOutcome.MATCH).size() == fields.size();
    }

    /** The fields with the given outcome, in CSV order. */
    public List<IdField> fieldsWith(MatchOutcome outcome) {
        return fields.stream().filter(f -> f.outcome() == outcome).map(FieldMatch::field).toList();
    }
}
