package io.onboarding.domain.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The fields an ID reader found on an identity document. Fields it did not find are absent. Prints no values. */
public final class ExtractedIdDocument implements IdExtraction {
    private final Map<IdField, ExtractedField> fields;

    private ExtractedIdDocument(Map<IdField, ExtractedField> fields) {
        this.fields = fields;
    }

    public static ExtractedIdDocument of(Map<IdField, ExtractedField> fields) {
        Objects.requireNonNull(fields, "fields");
        return new ExtractedIdDocument(fields.isEmpty()
                ? new EnumMap<>(IdField.class) : new EnumMap<>(fields));
    }

    public Optional<ExtractedField> field(IdField field) {
        return Optional.ofNullable(fields.get(field));
    }

    public Map<IdField, ExtractedField> fields() {
        return Collections.unmodifiableMap(fields);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExtractedIdDocument that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "ExtractedIdDocument" + fields.keySet();
    }
}
