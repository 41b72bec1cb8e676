package io.onboarding.domain.matching;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A city name normalised like a person's name, after spelling out the abbreviations US city names use
 * (ST. PETERSBURG, FT LAUDERDALE, MT DORA), so the abbreviated and the full form compare equal.
 */
final class CityNormalizer {
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "ST", "SAINT",
            "STE", "SAINTE",
            "FT", "FORT",
            "MT", "MOUNT");

    private CityNormalizer() {
    }

    /** The comparable form of a city name; empty when the text holds no letter or digit. */
    static String normalize(String city) {
        var out = new StringBuilder();
        // Split before joining: the abbreviation is only recognisable as a whole word ("ST." but not "STUART").
        for (String word : WORD_SEPARATORS.split(TextFolding.fold(city))) {
            out.append(ABBREVIATIONS.getOrDefault(word, word));
        }
        return out.toString();
    }
}
