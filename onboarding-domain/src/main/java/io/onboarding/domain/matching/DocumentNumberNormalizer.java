package io.onboarding.domain.matching;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A licence number without the separators cards print and readers drop ({@code S123-456-57-901-0} is
 * {@code S123456579010}). Letters and digits are kept as they are: O and 0, or I and 1, make different numbers.
 */
final class DocumentNumberNormalizer {
    // Any space or dash character, dots and slashes: layout only, never part of the number.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{Pd}\\u2212./]+");

    private DocumentNumberNormalizer() {
    }

    /** The comparable form of a document number; empty when it holds nothing but separators. */
    static String normalize(String documentNumber) {
        return SEPARATORS.matcher(documentNumber.toUpperCase(Locale.ROOT)).replaceAll("");
    }
}
