package io.onboarding.domain.matching;

import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.IdField;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The second look at a first or last name that differs from the document's field alone. AnalyzeID reads the middle
 * name and the suffix into fields of their own, while applicants often write them into the first or last name; the
 * declaration then matches when it is the field, a space, and an agreeing part (rules in {@code docs/matching.md}).
 */
final class WholeNameComparator {
    /** FIRST_NAME completed by MIDDLE_NAME; a middle initial agrees with a middle name that starts with it. */
    static final WholeNameComparator GIVEN_NAME = new WholeNameComparator(IdField.MIDDLE_NAME, Part.MIDDLE_NAME);
    /** LAST_NAME completed by SUFFIX; also splits a suffix that the reader left inside the last name. */
    static final WholeNameComparator FAMILY_NAME = new WholeNameComparator(IdField.SUFFIX, Part.SUFFIX);

    /** Only spaces and commas separate the name from its part: SMITH JR and SMITH, JR but never SMITHJR. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[ ,]+");

    private enum Part {
        MIDDLE_NAME, SUFFIX
    }

    private final IdField partField;
    private final Part part;

    private WholeNameComparator(IdField partField, Part part) {
        this.partField = partField;
        this.part = part;
    }

    /** The document field that holds the part. */
    IdField partField() {
        return partField;
    }

    /**
     * Compares again once the field alone gave {@code DIFFERENT}. The result is {@code EQUAL_AFTER_NORMALISATION}
     * when the declaration is the field plus an agreeing part; {@code LOW_CONFIDENCE} or
     * {@code UNPARSEABLE_ON_DOCUMENT} when only the document's part could decide and it cannot be read; and
     * {@code DIFFERENT} otherwise.
     */
    MatchReason compare(String declared, ExtractedField onDocument, NamePart separatePart) {
        Objects.requireNonNull(separatePart, "separatePart");
        List<String> documentWords = words(onDocument.text());
        String documentName = String.join("", documentWords);
        NamePart documentPart = separatePart;
        Optional<String> suffixInside = suffixInside(documentWords);
        if (suffixInside.isPresent()) {
            // SMITH JR read as one last name: the same licence as LAST_NAME SMITH with SUFFIX JR.
            documentName = String.join("", documentWords.subList(0, documentWords.size() - 1));
            documentPart = new NamePart.Read(suffixInside.get());
        }
        List<String> declaredWords = words(declared);
        if (String.join("", declaredWords).equals(documentName)) {
            return MatchReason.EQUAL_AFTER_NORMALISATION;   // the declaration leaves out the part the document has
        }
        for (int nameWords = 1; nameWords < declaredWords.size(); nameWords++) {
            if (String.join("", declaredWords.subList(0, nameWords)).equals(documentName)) {
                String declaredPart = String.join("", declaredWords.subList(nameWords, declaredWords.size()));
                return comparePart(declaredPart, documentPart);
            }
        }
        return MatchReason.DIFFERENT;
    }

    private MatchReason comparePart(String declaredPart, NamePart documentPart) {
        if (documentPart instanceof NamePart.Unsure) {
            return MatchReason.LOW_CONFIDENCE;
        }
        if (!(documentPart instanceof NamePart.Read read)) {
            return MatchReason.DIFFERENT;   // the declaration has a part the document does not show
        }
        String documentForm = normalize(read.text());
        if (documentForm.isEmpty()) {
            return MatchReason.UNPARSEABLE_ON_DOCUMENT;
        }
        return agree(normalize(declaredPart), documentForm)
                ? MatchReason.EQUAL_AFTER_NORMALISATION : MatchReason.DIFFERENT;
    }

    private Optional<String> suffixInside(List<String> documentWords) {
        if (part != Part.SUFFIX || documentWords.size() < 2) {
            return Optional.empty();
        }
        return NameSuffixes.standard(documentWords.get(documentWords.size() - 1));
    }

    private String normalize(String partText) {
        return part == Part.SUFFIX ? NameSuffixes.normalize(partText) : NameNormalizer.normalize(partText);
    }

    /** Equal parts agree; so does a middle initial with a middle name that starts with that letter, either way. */
    private boolean agree(String declaredPart, String documentPart) {
        if (declaredPart.equals(documentPart)) {
            return true;
        }
        return part == Part.MIDDLE_NAME
                && (declaredPart.length() == 1 && documentPart.startsWith(declaredPart)
                || documentPart.length() == 1 && declaredPart.startsWith(documentPart));
    }

    /** The name's words in normal form, in order; words without a letter or digit are dropped. */
    private static List<String> words(String name) {
        return Arrays.stream(WORD_BREAKS.split(TextFolding.fold(name)))
                .map(NameNormalizer::normalize)
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
