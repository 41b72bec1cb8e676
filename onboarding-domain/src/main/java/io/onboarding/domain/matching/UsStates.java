package io.onboarding.domain.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * USPS two-letter codes for the states, DC, the inhabited territories and the military "states", keyed by code
 * and by full name, so {@code Florida}, {@code FL} and {@code fl.} are one state.
 */
final class UsStates {
    private static final Pattern NOT_LETTER = Pattern.compile("[^A-Z]+");

    // Code first, then the names that mean it. Keys are compared without spaces or punctuation.
    private static final List<List<String>> TABLE = List.of(
            List.of("AL", "ALABAMA"), List.of("AK", "ALASKA"), List.of("AZ", "ARIZONA"), List.of("AR", "ARKANSAS"),
            List.of("CA", "CALIFORNIA"), List.of("CO", "COLORADO"), List.of("CT", "CONNECTICUT"),
            List.of("DE", "DELAWARE"), List.of("FL", "FLORIDA"), List.of("GA", "GEORGIA"), List.of("HI", "HAWAII"),
            List.of("ID", "IDAHO"), List.of("IL", "ILLINOIS"), List.of("IN", "INDIANA"), List.of("IA", "IOWA"),
            List.of("KS", "KANSAS"), List.of("KY", "KENTUCKY"), List.of("LA", "LOUISIANA"), List.of("ME", "MAINE"),
            List.of("MD", "MARYLAND"), List.of("MA", "MASSACHUSETTS"), List.of("MI", "MICHIGAN"),
            List.of("MN", "MINNESOTA"), List.of("MS", "MISSISSIPPI"), List.of("MO", "MISSOURI"),
            List.of("MT", "MONTANA"), List.of("NE", "NEBRASKA"), List.of("NV", "NEVADA"),
            List.of("NH", "NEW HAMPSHIRE"), List.of("NJ", "NEW JERSEY"), List.of("NM", "NEW MEXICO"),
            List.of("NY", "NEW YORK"), List.of("NC", "NORTH CAROLINA"), List.of("ND", "NORTH DAKOTA"),
            List.of("OH", "OHIO"), List.of("OK", "OKLAHOMA"), List.of("OR", "OREGON"), List.of("PA", "PENNSYLVANIA"),
            List.of("RI", "RHODE ISLAND"), List.of("SC", "SOUTH CAROLINA"), List.of("SD", "SOUTH DAKOTA"),
            List.of("TN", "TENNESSEE"), List.of("TX", "TEXAS"), List.of("UT", "UTAH"), List.of("VT", "VERMONT"),
            List.of("VA", "VIRGINIA"), List.of("WA", "WASHINGTON"), List.of("WV", "WEST VIRGINIA"),
            List.of("WI", "WISCONSIN"), List.of("WY", "WYOMING"),
            List.of("DC", "DISTRICT OF COLUMBIA", "WASHINGTON DC"), List.of("PR", "PUERTO RICO"),
            List.of("GU", "GUAM"),
            List.of("VI", "VIRGIN ISLANDS", "US VIRGIN ISLANDS", "UNITED STATES VIRGIN ISLANDS"),
            List.of("AS", "AMERICAN SAMOA"), List.of("MP", "NORTHERN MARIANA ISLANDS"),
            List.of("AA", "ARMED FORCES AMERICAS"),
            List.of("AE", "ARMED FORCES EUROPE", "ARMED FORCES AFRICA", "ARMED FORCES CANADA",
                    "ARMED FORCES MIDDLE EAST"),
            List.of("AP", "ARMED FORCES PACIFIC"));

    private static final Map<String, String> CODE_BY_KEY = byKey();

    private UsStates() {
    }

    /** The USPS code for a state code or name in any case, spacing or punctuation. */
    static Optional<String> code(String codeOrName) {
        return Optional.ofNullable(CODE_BY_KEY.get(key(codeOrName)));
    }

    /** The comparable form of a state: its USPS code when known, otherwise its letters. */
    static String normalize(String codeOrName) {
        String key = key(codeOrName);
        return CODE_BY_KEY.getOrDefault(key, key);
    }

    private static String key(String text) {
        return NOT_LETTER.matcher(TextFolding.fold(text)).replaceAll("");
    }

    private static Map<String, String> byKey() {
        var byKey = new HashMap<String, String>();
        for (List<String> row : TABLE) {
            for (String spelling : row) {
                String previous = byKey.put(key(spelling), row.get(0));
                if (previous != null) {
                    throw new IllegalStateException("state table spells " + spelling + " twice");
                }
            }
        }
        return Map.copyOf(byKey);
    }
}
