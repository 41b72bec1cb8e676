package io.onboarding.domain.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Unicode clean-up every field shares: one kind of space, one apostrophe, one dash, no accents, upper case.
 * OCR output and phone keyboards produce look-alike characters that carry no meaning for matching.
 */
final class TextFolding {
    // Typographic quotes and the marks keyboards substitute for an apostrophe (O’NEIL, O`NEIL, OʼNEIL).
    private static final Pattern APOSTROPHES =
            Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BB\\u02BC\\u0060\\u00B4]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033]");
    // \p{Pd} covers hyphen, non-breaking hyphen, en and em dash; U+2212 is the minus sign (a symbol, not a dash).
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\\u2212]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
    // \p{Z} holds the no-break, figure, narrow and ideographic spaces that \s does not.
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    /** Whether the text holds nothing but (any kind of) whitespace. */
    static boolean isBlank(String text) {
        return cleanSpaces(text).isEmpty();
    }

    /** One plain space for every run of spaces, invisible characters removed, ends trimmed. */
    static String cleanSpaces(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /**
     * Upper-case ASCII-leaning form: compatibility decomposition (NFKD) with the accents dropped, so JOSÉ and JOSE
     * (or a full-width digit and a digit) are one; apostrophes, quotes, dashes and spaces each reduced to one form.
     */
    static String fold(String text) {
        String quotes = DOUBLE_QUOTES.matcher(APOSTROPHES.matcher(text).replaceAll("'")).replaceAll("\"");
        String decomposed = Normalizer.normalize(quotes, Normalizer.Form.NFKD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String dashes = DASHES.matcher(unaccented).replaceAll("-");
        // Locale.ROOT: a Turkish default locale would otherwise turn "i" into a dotted capital.
        String upper = foldLettersWithoutDecomposition(dashes.toUpperCase(Locale.ROOT));
        return cleanSpaces(upper);
    }

    // These letters are not "letter + accent" in Unicode, so NFKD leaves them alone; US documents print them
    // transliterated (ØSTERGAARD as OSTERGAARD), so fold them the way a DMV clerk would.
    private static String foldLettersWithoutDecomposition(String upper) {
        var out = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            switch (c) {
                case 'Ø' -> out.append('O');
                case 'Ł' -> out.append('L');
                case 'Đ', 'Ð' -> out.append('D');
                case 'Æ' -> out.append("AE");
                case 'Œ' -> out.append("OE");
                case 'Þ' -> out.append("TH");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
