package io.onboarding.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts a street line (house number, street, optional unit) in USPS Publication 28 form, word by word: street
 * suffixes, directionals and unit designators become their standard abbreviations, so {@code 123 Main Street}
 * and {@code 123 MAIN ST.} are one address. A line that opens with a box or route is written as Publication 28
 * writes it ({@link BoxAndRouteAddresses}). The table applies to every word, a simplification documented in
 * {@code docs/matching.md}.
 */
final class StreetAddressNormalizer {
    /** USPS Publication 28, Appendix C1: the standard suffix abbreviation, then the spellings it replaces. */
    static final List<List<String>> STREET_SUFFIXES = List.of(
            List.of("ALY", "ALLEY", "ALLEE", "ALLY"),
            List.of("ANX", "ANNEX", "ANEX", "ANNX"),
            List.of("ARC", "ARCADE"),
            List.of("AVE", "AVENUE", "AV", "AVEN", "AVENU", "AVN", "AVNUE"),
            List.of("BYU", "BAYOU", "BAYOO"),
            List.of("BCH", "BEACH"),
            List.of("BND", "BEND"),
            List.of("BLF", "BLUFF", "BLUF"),
            List.of("BTM", "BOTTOM", "BOT", "BOTTM"),
            List.of("BLVD", "BOULEVARD", "BOUL", "BOULV"),
            List.of("BR", "BRANCH", "BRNCH"),
            List.of("BRG", "BRIDGE", "BRDGE"),
            List.of("BRK", "BROOK"),
            List.of("BYP", "BYPASS", "BYPA", "BYPAS", "BYPS"),
            List.of("CYN", "CANYON", "CANYN", "CNYN"),
            List.of("CPE", "CAPE"),
            List.of("CSWY", "CAUSEWAY", "CAUSWA"),
            List.of("CTR", "CENTER", "CEN", "CENT", "CENTR", "CENTRE", "CNTER", "CNTR"),
            List.of("CIR", "CIRCLE", "CIRC", "CIRCL", "CRCL", "CRCLE"),
            List.of("CLF", "CLIFF"),
            List.of("CLB", "CLUB"),
            List.of("CMN", "COMMON"),
            List.of("COR", "CORNER"),
            List.of("CRSE", "COURSE"),
            List.of("CT", "COURT"),
            List.of("CTS", "COURTS"),
            List.of("CV", "COVE"),
            List.of("CRK", "CREEK"),
            List.of("CRES", "CRESCENT", "CRSENT", "CRSNT"),
            List.of("XING", "CROSSING", "CRSSNG"),
            List.of("DL", "DALE"),
            List.of("DM", "DAM"),
            List.of("DV", "DIVIDE", "DIV", "DVD"),
            List.of("DR", "DRIVE", "DRIV", "DRV"),
            List.of("EST", "ESTATE"),
            List.of("ESTS", "ESTATES"),
            List.of("EXPY", "EXPRESSWAY", "EXP", "EXPR", "EXPRESS", "EXPW"),
            List.of("EXT", "EXTENSION", "EXTN", "EXTNSN"),
            List.of("FLS", "FALLS"),
            List.of("FRY", "FERRY", "FRRY"),
            List.of("FLD", "FIELD"),
            List.of("FLDS", "FIELDS"),
            List.of("FLT", "FLAT"),
            List.of("FRD", "FORD"),
            List.of("FRST", "FOREST", "FORESTS"),
            List.of("FRG", "FORGE", "FORG"),
            List.of("FRK", "FORK"),
            List.of("FT", "FORT", "FRT"),
            List.of("FWY", "FREEWAY", "FREEWY", "FRWAY", "FRWY"),
            List.of("GDN", "GARDEN", "GARDN", "GRDEN", "GRDN"),
            List.of("GDNS", "GARDENS", "GRDNS"),
            List.of("GTWY", "GATEWAY", "GATEWY", "GATWAY", "GTWAY"),
            List.of("GLN", "GLEN"),
            List.of("GRN", "GREEN"),
            List.of("GRV", "GROVE", "GROV"),
            List.of("HBR", "HARBOR", "HARB", "HARBR", "HRBOR"),
            List.of("HVN", "HAVEN"),
            List.of("HTS", "HEIGHTS", "HT"),
            List.of("HWY", "HIGHWAY", "HIGHWY", "HIWAY", "HIWY", "HWAY"),
            List.of("HL", "HILL"),
            List.of("HLS", "HILLS"),
            List.of("HOLW", "HOLLOW", "HLLW", "HOLLOWS", "HOLWS"),
            List.of("INLT", "INLET"),
            List.of("IS", "ISLAND", "ISLND"),
            List.of("ISS", "ISLANDS", "ISLNDS"),
            List.of("JCT", "JUNCTION", "JCTION", "JCTN", "JUNCTN", "JUNCTON"),
            List.of("KNL", "KNOLL", "KNOL"),
            List.of("LK", "LAKE"),
            List.of("LKS", "LAKES"),
            List.of("LNDG", "LANDING", "LNDNG"),
            List.of("LN", "LANE"),
            List.of("LGT", "LIGHT"),
            List.of("LOOP", "LOOPS"),
            List.of("MNR", "MANOR"),
            List.of("MDWS", "MEADOWS", "MDW", "MEDOWS"),
            List.of("ML", "MILL"),
            List.of("MSN", "MISSION", "MISSN", "MSSN"),
            List.of("MTWY", "MOTORWAY"),
            List.of("MT", "MOUNT", "MNT"),
            List.of("MTN", "MOUNTAIN", "MNTAIN", "MNTN", "MOUNTIN", "MTIN"),
            List.of("ORCH", "ORCHARD", "ORCHRD"),
            List.of("OVAL", "OVL"),
            List.of("PARK", "PRK"),
            List.of("PKWY", "PARKWAY", "PARKWY", "PKWAY", "PKY"),
            List.of("PATH", "PATHS"),
            List.of("PIKE", "PIKES"),
            List.of("PNES", "PINES"),
            List.of("PL", "PLACE"),
            List.of("PLN", "PLAIN"),
            List.of("PLNS", "PLAINS"),
            List.of("PLZ", "PLAZA", "PLZA"),
            List.of("PT", "POINT"),
            List.of("PRT", "PORT"),
            List.of("PR", "PRAIRIE", "PRR"),
            List.of("RADL", "RADIAL", "RAD", "RADIEL"),
            List.of("RNCH", "RANCH", "RANCHES", "RNCHS"),
            List.of("RDG", "RIDGE", "RDGE"),
            List.of("RIV", "RIVER", "RVR", "RIVR"),
            List.of("RD", "ROAD"),
            List.of("RDS", "ROADS"),
            List.of("RTE", "ROUTE"),
            List.of("SHR", "SHORE", "SHOAR"),
            List.of("SKWY", "SKYWAY"),
            List.of("SPG", "SPRING", "SPNG", "SPRNG"),
            List.of("SPGS", "SPRINGS", "SPNGS", "SPRNGS"),
            List.of("SQ", "SQUARE", "SQR", "SQRE", "SQU"),
            List.of("STA", "STATION", "STATN", "STN"),
            List.of("STRM", "STREAM", "STREME"),
            List.of("ST", "STREET", "STRT", "STR"),
            List.of("STS", "STREETS"),
            List.of("SMT", "SUMMIT", "SUMIT", "SUMITT"),
            List.of("TER", "TERRACE", "TERR"),
            List.of("TRCE", "TRACE", "TRACES"),
            List.of("TRL", "TRAIL", "TRAILS", "TRLS"),
            List.of("TUNL", "TUNNEL", "TUNEL", "TUNLS", "TUNNELS", "TUNNL"),
            List.of("TPKE", "TURNPIKE", "TRNPK", "TURNPK"),
            List.of("VLY", "VALLEY", "VALLY", "VLLY"),
            List.of("VW", "VIEW"),
            List.of("VLG", "VILLAGE", "VILL", "VILLAG", "VILLG", "VILLIAGE"),
            List.of("VL", "VILLE"),
            List.of("VIS", "VISTA", "VIST", "VST", "VSTA"),
            List.of("WAY", "WY"),
            List.of("WLS", "WELLS"));

    /** Publication 28, section 233: the eight directionals. */
    static final List<List<String>> DIRECTIONALS = List.of(
            List.of("N", "NORTH"), List.of("S", "SOUTH"), List.of("E", "EAST"), List.of("W", "WEST"),
            List.of("NE", "NORTHEAST"), List.of("NW", "NORTHWEST"),
            List.of("SE", "SOUTHEAST"), List.of("SW", "SOUTHWEST"));

    /** Publication 28, Appendix C2: secondary unit designators (UNIT, LOT, PIER, ... stand as they are). */
    static final List<List<String>> UNIT_DESIGNATORS = List.of(
            List.of("APT", "APARTMENT"),
            List.of("BSMT", "BASEMENT"),
            List.of("BLDG", "BUILDING", "BLD"),
            List.of("DEPT", "DEPARTMENT"),
            List.of("FL", "FLOOR", "FLR"),
            List.of("FRNT", "FRONT"),
            List.of("HNGR", "HANGAR"),
            List.of("KEY"),
            List.of("LBBY", "LOBBY"),
            List.of("LOT"),
            List.of("LOWR", "LOWER"),
            List.of("OFC", "OFFICE"),
            List.of("PH", "PENTHOUSE"),
            List.of("PIER"),
            List.of("REAR"),
            List.of("RM", "ROOM"),
            List.of("SIDE"),
            List.of("SLIP"),
            List.of("SPC", "SPACE"),
            List.of("STOP"),
            List.of("STE", "SUITE"),
            List.of("TRLR", "TRAILER"),
            List.of("UNIT"),
            List.of("UPPR", "UPPER"));

    /** Not in Publication 28's tables, but abbreviated the same way in street names (ST. JOHNS BLUFF RD). */
    static final List<List<String>> NAME_WORDS = List.of(List.of("ST", "SAINT"));

    /** Where the secondary designator is unknown, USPS writes '#'; on a home address that is the apartment. */
    private static final String UNKNOWN_UNIT = "#";
    private static final String DEFAULT_UNIT = "APT";

    // Dots and apostrophes and hyphens sit inside words (N.E., O'NEIL, 4-B): drop them so the word stays whole.
    private static final Pattern INNER_PUNCTUATION = Pattern.compile("[.'-]");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^A-Z0-9#]+");

    // A designator written against its number (APT12, STE5B, APT.12): the number starts with a digit, so a word
    // that merely begins like a designator (APTOS, UNITED) is left whole.
    private static final Pattern GLUED_UNIT = Pattern.compile("(" + UNIT_DESIGNATORS.stream()
            .flatMap(List::stream)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|")) + ")(\\d[A-Z0-9]*)");

    private static final Map<String, String> STANDARD_BY_SPELLING =
            bySpelling(List.of(STREET_SUFFIXES, DIRECTIONALS, UNIT_DESIGNATORS, NAME_WORDS));
    private static final Set<String> DESIGNATORS =
            UNIT_DESIGNATORS.stream().map(row -> row.get(0)).collect(Collectors.toUnmodifiableSet());

    private StreetAddressNormalizer() {
    }

    /** The street line in standard form, words separated by one space; empty when it holds no letter or digit. */
    static String normalize(String streetLine) {
        List<String> written = words(streetLine);
        var words = new ArrayList<String>();
        int next = 0;
        Optional<BoxAndRouteAddresses.Opening> opening = BoxAndRouteAddresses.opening(written);
        if (opening.isPresent()) {
            words.addAll(opening.get().standardWords());
            next = opening.get().wordsReplaced();
        }
        for (String word : written.subList(next, written.size())) {
            if (word.equals(UNKNOWN_UNIT)) {
                // "APT #5" already names the unit; a bare "#5" is read as "APT 5" so both spellings agree.
                boolean afterDesignator = !words.isEmpty() && DESIGNATORS.contains(words.get(words.size() - 1));
                if (!afterDesignator) {
                    words.add(DEFAULT_UNIT);
                }
                continue;
            }
            words.add(STANDARD_BY_SPELLING.getOrDefault(word, word));
        }
        return String.join(" ", words);
    }

    /** The line's words as written: upper case, inner punctuation dropped, '#' and glued unit numbers set apart. */
    private static List<String> words(String streetLine) {
        String text = INNER_PUNCTUATION.matcher(TextFolding.fold(streetLine)).replaceAll("")
                .replace(UNKNOWN_UNIT, " " + UNKNOWN_UNIT + " ");
        var words = new ArrayList<String>();
        for (String word : WORD_SEPARATORS.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            Matcher glued = GLUED_UNIT.matcher(word);
            if (glued.matches()) {
                words.add(glued.group(1));
                words.add(glued.group(2));
            } else {
                words.add(word);
            }
        }
        return words;
    }

    private static Map<String, String> bySpelling(List<List<List<String>>> tables) {
        var bySpelling = new HashMap<String, String>();
        for (List<List<String>> table : tables) {
            for (List<String> row : table) {
                for (String spelling : row) {
                    String previous = bySpelling.put(spelling, row.get(0));
                    if (previous != null && !previous.equals(row.get(0))) {
                        // One spelling with two standard forms would make the result depend on table order.
                        throw new IllegalStateException("address table maps " + spelling + " twice");
                    }
                }
            }
        }
        return Map.copyOf(bySpelling);
    }
}
