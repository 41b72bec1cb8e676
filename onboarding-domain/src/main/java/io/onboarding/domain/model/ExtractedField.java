package io.onboarding.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One field as an ID reader read it from the document: the text, the reader's confidence (0-100) and, for
 * dates, the reader's own normalised date where it gives one. Holds personal data: prints none of it.
 */
public final class ExtractedField {
    private final String text;
    private final double confidence;
    private final LocalDate normalizedDate;

    private ExtractedField(String text, double confidence, LocalDate normalizedDate) {
        this.text = Objects.requireNonNull(text, "text");
        if (!(confidence >= 0 && confidence <= 100)) {
            throw new IllegalArgumentException("confidence must be within 0-100, was " + confidence);
        }
        this.confidence = confidence;
        this.normalizedDate = normalizedDate;
    }

    public static ExtractedField of(String text, double confidence) {
        return new ExtractedField(text, confidence, null);
    }

    public static ExtractedField ofDate(String text, double confidence, LocalDate normalizedDate) {
        return new ExtractedField(text, confidence, Objects.requireNonNull(normalizedDate, "normalizedDate"));
    }

    public String text() {
        return text;
    }

    public double confidence() {
        return confidence;
    }

    public Optional<LocalDate> normalizedDate() {
        return Optional.ofNullable(normalizedDate);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExtractedField that && text.equals(that.text)
                && Double.compare(confidence, that.confidence) == 0
                && Objects.equals(normalizedDate, that.normalizedDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, confidence, normalizedDate);
    }

    @Override
    public String toString() {
        return "ExtractedField[text=***, confidence=" + confidence + "]";
    }
}
