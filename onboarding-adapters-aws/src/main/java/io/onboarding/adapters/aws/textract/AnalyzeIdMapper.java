package io.onboarding.adapters.aws.textract;

import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.UnsupportedDocument;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.textract.model.AnalyzeIDDetections;
import software.amazon.awssdk.services.textract.model.AnalyzeIdResponse;
import software.amazon.awssdk.services.textract.model.IdentityDocument;
import software.amazon.awssdk.services.textract.model.IdentityDocumentField;
import software.amazon.awssdk.services.textract.model.NormalizedValue;
import software.amazon.awssdk.services.textract.model.ValueType;

/** Turns an AnalyzeID answer into the domain's {@link IdExtraction} fact. */
final class AnalyzeIdMapper {
    static final String NO_IDENTITY_DOCUMENT = "NoIdentityDocument";

    private AnalyzeIdMapper() {
    }

    static IdExtraction toExtraction(AnalyzeIdResponse response) {
        if (response.identityDocuments().isEmpty()) {
            return new UnsupportedDocument(NO_IDENTITY_DOCUMENT);
        }
        // we send one page, so one document is expected; should AnalyzeID split it, the first is the front
        IdentityDocument document = response.identityDocuments().get(0);
        Map<IdField, ExtractedField> fields = new EnumMap<>(IdField.class);
        for (IdentityDocumentField field : document.identityDocumentFields()) {
            Optional<IdField> name = Optional.ofNullable(field.type())
                    .map(AnalyzeIDDetections::text)
                    .flatMap(IdField::fromName);
            AnalyzeIDDetections value = field.valueDetection();
            // AnalyzeID lists every field type it knows, with an empty text for those not on the document
            if (name.isEmpty() || value == null || value.text() == null || value.text().isBlank()) {
                continue;
            }
            fields.putIfAbsent(name.get(), toField(value));
        }
        return ExtractedIdDocument.of(fields);
    }

    private static ExtractedField toField(AnalyzeIDDetections value) {
        double confidence = clampPercent(value.confidence());
        Optional<LocalDate> date = normalizedDate(value.normalizedValue());
        return date.isPresent()
                ? ExtractedField.ofDate(value.text(), confidence, date.get())
                : ExtractedField.of(value.text(), confidence);
    }

    /**
     * The normalised form of a date field, such as {@code 1957-01-12T00:00:00}. A value the SDK cannot type (on the
     * wire only {@code DATE} is known) or cannot parse is dropped: the printed text is still there for the matchers.
     */
    static Optional<LocalDate> normalizedDate(NormalizedValue normalized) {
        if (normalized == null || normalized.valueType() != ValueType.DATE || normalized.value() == null) {
            return Optional.empty();
        }
        String value = normalized.value().trim();
        try {
            return Optional.of(value.length() > 10 ? LocalDateTime.parse(value).toLocalDate() : LocalDate.parse(value));
        } catch (DateTimeParseException unparseable) {
            return Optional.empty();
        }
    }

    private static double clampPercent(Float confidence) {
        if (confidence == null || confidence.isNaN()) {
            return 0;
        }
        return Math.max(0, Math.min(100, confidence.doubleValue()));
    }
}
