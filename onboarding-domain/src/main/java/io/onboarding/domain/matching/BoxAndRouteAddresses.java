package io.onboarding.domain.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The street lines USPS Publication 28 writes without a street: post-office boxes (section 28, {@code PO BOX 12}),
 * rural routes (section 24, {@code RR 2 BOX 15}) and highway contract routes (section 25, {@code HC 68 BOX 23A}).
 * Their other spellings are recognised only at the start of a line and only when a number follows them.
 */
final class BoxAndRouteAddresses {
    /** Section 28: POST OFFICE BOX and its short forms, and (283) CALLER, FIRM CALLER, BIN, LOCKBOX, DRAWER. */
    static final List<List<String>> PO_BOX_SPELLINGS = longestFirst(List.of(
            List.of("PO", "BOX"), List.of("P", "O", "BOX"), List.of("POBOX"), List.of("POST", "OFFICE", "BOX"),
            List.of("BOX"), List.of("CALLER"), List.of("FIRM", "CALLER"), List.of("BIN"), List.of("LOCKBOX"),
            List.of("DRAWER")));

    /** Section 24: RR, and the RURAL, RFD and RD (rural free delivery) designations it replaces. */
    static final List<List<String>> RURAL_ROUTE_SPELLINGS = longestFirst(List.of(
            List.of("RR"), List.of("R", "R"), List.of("RURAL", "ROUTE"), List.of("RURAL", "RTE"),
            List.of("RURAL", "RT"), List.of("RURAL"), List.of("RURAL", "DELIVERY"),
            List.of("RURAL", "FREE", "DELIVERY"), List.of("RFD"), List.of("R", "F", "D"), List.of("RD")));

    /** Section 25: HC, and the HIGHWAY CONTRACT (ROUTE) and STAR ROUTE designations it replaces. */
    static final List<List<String>> HIGHWAY_CONTRACT_SPELLINGS = longestFirst(List.of(
            List.of("HC"), List.of("H", "C"), List.of("HIGHWAY", "CONTRACT"), List.of("HWY", "CONTRACT"),
            List.of("HIGHWAY", "CONTRACT", "ROUTE"), List.of("HIGHWAY", "CONTRACT", "RTE"),
            List.of("HWY", "CONTRACT", "ROUTE"), List.of("HWY", "CONTRACT", "RTE"),
            List.of("STAR", "ROUTE"), List.of("STAR", "RTE"), List.of("STAR", "RT")));

    /** Sections 24 and 25: NUMBER, NO. and # do not belong before a route or box number. */
    private static final Set<String> NUMBER_WORDS = Set.of("#", "NO", "NUMBER");
    private static final String BOX = "BOX";

    /** The standard words for a box or route that opens a line, and how many of the line's words they replace. */
    record Opening(List<String> standardWords, int wordsReplaced) {
        Opening {
            standardWords = List.copyOf(standardWords);
        }
    }

    private BoxAndRouteAddresses() {
    }

    /**
     * The box or route the words open with, in standard form; empty when they open with anything else. The words are
     * upper case, without dots, hyphens or apostrophes, and {@code #} stands alone.
     */
    static Optional<Opening> opening(List<String> words) {
        for (List<String> spelling : PO_BOX_SPELLINGS) {
            if (startsWith(words, 0, spelling)) {
                int number = skipNumberWords(words, spelling.size());
                if (isNumber(words, number)) {
                    // Leading zeros of a box number are significant (section 282): the number is kept as written.
                    return Optional.of(new Opening(List.of("PO", BOX, words.get(number)), number + 1));
                }
            }
        }
        return route(words, "RR", RURAL_ROUTE_SPELLINGS).or(() -> route(words, "HC", HIGHWAY_CONTRACT_SPELLINGS));
    }

    /** RR N or HC N, optionally followed by BOX NN. A leading zero of the route number is not needed (242, 252). */
    private static Optional<Opening> route(List<String> words, String standard, List<List<String>> spellings) {
        for (List<String> spelling : spellings) {
            if (!startsWith(words, 0, spelling)) {
                continue;
            }
            int number = skipNumberWords(words, spelling.size());
            if (!isNumber(words, number)) {
                continue;
            }
            String routeNumber = withoutLeadingZeros(words.get(number));
            int box = skipNumberWords(words, number + 2);
            if (number + 1 < words.size() && words.get(number + 1).equals(BOX) && isNumber(words, box)) {
                return Optional.of(new Opening(List.of(standard, routeNumber, BOX, words.get(box)), box + 1));
            }
            return Optional.of(new Opening(List.of(standard, routeNumber), number + 1));
        }
        return Optional.empty();
    }

    private static boolean startsWith(List<String> words, int from, List<String> spelling) {
        return words.size() - from >= spelling.size()
                && words.subList(from, from + spelling.size()).equals(spelling);
    }

    private static int skipNumberWords(List<String> words, int from) {
        int at = from;
        while (at < words.size() && NUMBER_WORDS.contains(words.get(at))) {
            at++;
        }
        return at;
    }

    // A box or route needs a number: "BOX ELDER RD" is a street, not a box.
    private static boolean isNumber(List<String> words, int at) {
        return at < words.size() && words.get(at).chars().anyMatch(Character::isDigit);
    }

    private static String withoutLeadingZeros(String number) {
        return number.replaceFirst("^0+(?=\\d)", "");
    }

    private static List<List<String>> longestFirst(List<List<String>> spellings) {
        return spellings.stream()
                .sorted(Comparator.comparingInt((List<String> spelling) -> spelling.size()).reversed())
                .toList();
    }
}
