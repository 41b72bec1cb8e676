package io.onboarding.domain.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generational name suffixes as AAMVA's DL/ID standard lists them (data element DCU): JR, SR, and 1ST or I up to
 * 9TH or IX, plus JUNIOR and SENIOR written out. Each has one standard form, so JR., JUNIOR and JR are one suffix,
 * and 3RD and III are one; JR and II stay different.
 */
final class NameSuffixes {
    /** The standard form first, then the spellings it replaces; keys are compared as name letters and digits. */
    static final List<List<String>> TABLE = List.of(
            List.of("JR", "JUNIOR"),
            List.of("SR", "SENIOR"),
            List.of("I", "1ST"),
            List.of("II", "2ND"),
            List.of("III", "3RD"),
            List.of("IV", "4TH"),
            List.of("V", "5TH"),
            List.of("VI", "6TH"),
            List.of("VII", "7TH"),
            List.of("VIII", "8TH"),
            List.of("IX", "9TH"));

    private static final Map<String, String> STANDARD_BY_SPELLING = bySpelling();

    private NameSuffixes() {
    }

    /** The standard form of a known suffix spelling ({@code Jr.} gives JR); empty for any other text. */
    static Optional<String> standard(String suffix) {
        return Optional.ofNullable(STANDARD_BY_SPELLING.get(NameNormalizer.normalize(suffix)));
    }

    /** The comparable form of a suffix: its standard form when known, otherwise its letters and digits. */
    static String normalize(String suffix) {
        return standard(suffix).orElseGet(() -> NameNormalizer.normalize(suffix));
    }

    private static Map<String, String> bySpelling() {
        var bySpelling = new HashMap<String, String>();
        for (List<String> row : TABLE) {
            for (String spelling : row) {
                if (bySpelling.put(spelling, row.get(0)) != null) {
                    throw new IllegalStateException("suffix table spells " + spelling + " twice");
                }
            }
        }
        return Map.copyOf(bySpelling);
    }
}
