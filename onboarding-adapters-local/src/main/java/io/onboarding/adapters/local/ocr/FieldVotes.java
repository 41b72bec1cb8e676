package io.onboarding.adapters.local.ocr;

import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.IdField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of each field from several renderings of the same region, combined into one value per field. The value
 * with the most confidence-weighted support wins; its confidence is the best read's, reduced in proportion to the
 * support of a disagreeing runner-up. Two equally supported values give half confidence: low, not a guess.
 */
final class FieldVotes {
    private record Ballot(String text, double confidence, LocalDate date) {
    }

    private final Map<IdField, List<Ballot>> ballots = new EnumMap<>(IdField.class);

    void add(IdField field, String text, double confidence) {
        ballots.computeIfAbsent(field, f -> new ArrayList<>()).add(new Ballot(text, confidence, null));
    }

    void addDate(IdField field, LocalDate date, double confidence) {
        ballots.computeIfAbsent(field, f -> new ArrayList<>())
                .add(new Ballot(AamvaParser.printed(date), confidence, date));
    }

    void add(IdField field, Optional<AamvaParser.Read> read) {
        read.ifPresent(r -> add(field, r.text(), r.confidence()));
    }

    Map<IdField, ExtractedField> results() {
        Map<IdField, ExtractedField> fields = new EnumMap<>(IdField.class);
        ballots.forEach((field, list) -> winner(list).ifPresent(w -> fields.put(field, w)));
        return fields;
    }

    /** The winning value of one field, without its confidence adjustment: used to cross-check dates. */
    Optional<LocalDate> leadingDate(IdField field) {
        return winner(ballots.getOrDefault(field, List.of())).flatMap(ExtractedField::normalizedDate);
    }

    private static Optional<ExtractedField> winner(List<Ballot> list) {
        Map<String, List<Ballot>> byText = new LinkedHashMap<>();
        for (Ballot ballot : list) {
            byText.computeIfAbsent(ballot.text(), t -> new ArrayList<>()).add(ballot);
        }
        List<Map.Entry<String, Double>> support = new ArrayList<>();
        byText.forEach((text, group) -> support.add(Map.entry(text,
                group.stream().mapToDouble(b -> Math.max(1, b.confidence())).sum())));
        support.sort(Comparator.comparing((Map.Entry<String, Double> e) -> e.getValue()).reversed());
        if (support.isEmpty()) {
            return Optional.empty();
        }
        String text = support.get(0).getKey();
        double runnerUp = support.size() > 1 ? support.get(1).getValue() : 0;
        double agreement = 1 - 0.5 * runnerUp / support.get(0).getValue();
        Ballot best = byText.get(text).stream().max(Comparator.comparingDouble(Ballot::confidence)).orElseThrow();
        double confidence = Math.max(0, Math.min(100, best.confidence() * agreement));
        return Optional.of(best.date() == null
                ? ExtractedField.of(text, confidence)
                : ExtractedField.ofDate(text, confidence, best.date()));
    }

    /** Caps a field's confidence, for values whose reading is contradicted by another field. */
    static ExtractedField capped(ExtractedField field, double cap) {
        if (field.confidence() <= cap) {
            return field;
        }
        return field.normalizedDate().isPresent()
                ? ExtractedField.ofDate(field.text(), cap, field.normalizedDate().get())
                : ExtractedField.of(field.text(), cap);
    }
}
