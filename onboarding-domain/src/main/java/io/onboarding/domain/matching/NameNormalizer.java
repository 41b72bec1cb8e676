package io.onboarding.domain.matching;

import java.util.regex.Pattern;

/**
 * Reduces a person's name to its letters and digits: O'NEIL, ONEIL and O NEIL are one name, and so are MARY-ANN
 * and MARY ANN. Forms only: no nicknames and no spelling tolerance, because NICK and NICHOLAS may be two people.
 */
final class NameNormalizer {
    // Spaces, apostrophes, hyphens and dots separate the parts of a name inconsistently between a form and a card.
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameNormalizer() {
    }

    /** The comparable form of a name; empty when the text holds no letter or digit. */
    static String normalize(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(TextFolding.fold(name)).replaceAll("");
    }
}
