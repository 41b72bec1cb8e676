package io.onboarding.domain.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The eight personal details the applicant declared in the package's CSV, as trimmed text. Values may be empty
 * (an empty value never matches anything). Holds personal data: {@link #toString()} prints none of it.
 */
public final class ApplicantDetails {
    public static final int MAX_VALUE_LENGTH = 256;

    private final Map<IdField, String> values;

    private ApplicantDetails(Map<IdField, String> values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException when a CSV field is missing, a non-CSV field is given, or a value is too long */
    public static ApplicantDetails of(Map<IdField, String> values) {
        Objects.requireNonNull(values, "values");
        var copy = new EnumMap<IdField, String>(IdField.class);
        for (IdField field : IdField.APPLICANT_FIELDS) {
            String value = values.get(field);
            if (value == null) {
                throw new IllegalArgumentException("missing applicant field " + field);
            }
            String trimmed = value.strip();
            if (trimmed.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("applicant field " + field + " is longer than " + MAX_VALUE_LENGTH);
            }
            copy.put(field, trimmed);
        }
        for (IdField field : values.keySet()) {
            if (!IdField.APPLICANT_FIELDS.contains(field)) {
                throw new IllegalArgumentException(field + " is not an applicant field");
            }
        }
        return new ApplicantDetails(copy);
    }

    /** The declared value of one of the eight CSV fields (possibly empty). */
    public String value(IdField field) {
        String value = values.get(field);
        if (value == null) {
            throw new IllegalArgumentException(field + " is not an applicant field");
        }
        return value;
    }

    /** All eight values in CSV column order. */
    public Map<IdField, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public String documentNumber() {
        return value(IdField.DOCUMENT_NUMBER);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicantDetails that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ApplicantDetails[***]";
    }
}
