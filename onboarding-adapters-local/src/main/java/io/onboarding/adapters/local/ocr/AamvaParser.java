package io.onboarding.adapters.local.ocr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rules for the front of a US driver's licence laid out after the AAMVA card design standard: the printed
 * field numbers (1 family name, 2 given names, 3 date of birth, 4a issue date, 4b expiry date, 4d licence number,
 * 8 address) and labels (DLN, DOB, EXP, ISS). Turns OCR text into values normalised the way Textract AnalyzeID
 * reports them: licence number without dashes, ZIP code without hyphen, dates as printed ({@code MM/DD/YYYY}) with
 * a parsed date. Pure Java, so the rules are testable without the OCR engine.
 */
final class AamvaParser {
    /** Roles of the dates printed on a licence, in the order they fall in time. */
    enum DateRole { BIRTH, ISSUE, EXPIRY }

    /** A read value with the reader's confidence in it (0-100). */
    record Read(String text, double confidence) {
        @Override
        public String toString() {
            return "Read[***, confidence=" + Math.round(confidence) + "]";
        }
    }

    /** What the name and address lines between the licence number and the first date say. */
    record NameAndAddress(Optional<Read> familyName, Optional<Read> firstName, Optional<Read> middleNames,
                          Optional<Read> street, Optional<Read> city, Optional<Read> state, Optional<Read> zip) {
        static NameAndAddress none() {
            return new NameAndAddress(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }

        @Override
        public String toString() {
            return "NameAndAddress[***]";
        }
    }

    /** US state, district and territory codes: a two-letter word elsewhere is not read as a state. */
    static final Set<String> STATE_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "AS", "GU", "MP", "PR", "VI");

    /** Month, day, year; a stray mark read as a digit before the month is ignored ("603/04/1985"). */
    private static final Pattern DATE = Pattern.compile("([0-9]{2})[/\\-.]([0-9]{2})[/\\-.]([0-9]{4})(?![0-9])");
    private static final Pattern DOCUMENT_NUMBER_SHAPE =
            Pattern.compile("[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,6}){2,}|[A-Z]{0,2}[0-9]{6,}");
    private static final Pattern CITY_LINE = Pattern.compile(
            "^([A-Z][A-Z .'\\-]*?[A-Z.])\\s*[,.]?\\s+([A-Z]{2})[,.]?\\s+([0-9]{5})(?:\\s*-?\\s*([0-9]{4}))?$");
    private static final Pattern NAME = Pattern.compile("^[A-Z][A-Z' \\-]*[A-Z]$");
    private static final Pattern STREET = Pattern.compile("^[A-Z0-9][A-Z0-9 #'.,/\\-]*[A-Z0-9.]$");
    private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV", "V");
    private static final String[] DOCUMENT_NUMBER_LABELS = {"DLN", "DL", "LIC", "NO"};

    private AamvaParser() {
    }

    // ---------------------------------------------------------------- dates

    /** The first US-order date ({@code MM/DD/YYYY}, also with {@code -} or {@code .}) in OCR text, if valid. */
    static Optional<LocalDate> date(String ocrText) {
        Matcher m = DATE.matcher(digitsFromLookalikes(ocrText));
        while (m.find()) {
            try {
                int month = Integer.parseInt(m.group(1));
                int day = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                if (year >= 1900 && year <= 2199) {
                    return Optional.of(LocalDate.of(year, month, day));
                }
            } catch (DateTimeException invalid) {
                // 13/45/2019 is no date: look for another one
            }
        }
        return Optional.empty();
    }

    /** A date as US licences print it and AnalyzeID reports its text: {@code MM/DD/YYYY}. */
    static String printed(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
    }

    /**
     * Which date a label next to it announces: the AAMVA field number (3, 4a, 4b) or the label (DOB, ISS, EXP, or
     * the words), allowing one misread letter in a three-letter label.
     */
    static Optional<DateRole> dateRole(String labelText) {
        String upper = labelText.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9$]", "");
        if (upper.startsWith("4B")) {
            return Optional.of(DateRole.EXPIRY);
        }
        if (upper.startsWith("4A")) {
            return Optional.of(DateRole.ISSUE);
        }
        // the field number is not part of the label: "15 SEX" must not read as "ISSEX"
        String letters = lettersFromLookalikes(upper.replaceFirst("^4[ABD]|^[0-9]+", ""));
        if (letters.contains("BIRTH")) {
            return Optional.of(DateRole.BIRTH);
        }
        if (letters.contains("EXPIRE")) {
            return Optional.of(DateRole.EXPIRY);
        }
        if (letters.contains("ISSUE")) {
            return Optional.of(DateRole.ISSUE);
        }
        Optional<DateRole> byLabel = Optional.empty();
        for (int i = 0; i + 3 <= letters.length(); i++) {
            String window = letters.substring(i, i + 3);
            Optional<DateRole> role = nearLabel(window);
            if (role.isPresent()) {
                if (byLabel.isPresent() && byLabel.get() != role.get()) {
                    return Optional.empty();   // two different labels: do not guess
                }
                byLabel = role;
            }
        }
        if (byLabel.isPresent()) {
            return byLabel;
        }
        return upper.matches("3[A-Z$]*") ? Optional.of(DateRole.BIRTH) : Optional.empty();
    }

    private static Optional<DateRole> nearLabel(String window) {
        if (differences(window, "DOB") <= 1) {
            return Optional.of(DateRole.BIRTH);
        }
        if (differences(window, "EXP") <= 1) {
            return Optional.of(DateRole.EXPIRY);
        }
        if (differences(window, "ISS") <= 1) {
            return Optional.of(DateRole.ISSUE);
        }
        return Optional.empty();
    }

    private static int differences(String a, String b) {
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                count++;
            }
        }
        return count;
    }

    // ---------------------------------------------------------------- licence number

    /** Whether an OCR word looks like a licence number: dash-separated groups, or a long run of digits. */
    static boolean looksLikeDocumentNumber(String ocrText) {
        String upper = ocrText.toUpperCase(Locale.ROOT).replace('$', 'S');
        Matcher m = DOCUMENT_NUMBER_SHAPE.matcher(upper);
        while (m.find()) {
            if (m.group().chars().filter(Character::isDigit).count() >= 6) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word only a licence carries: the licence-number label or the card's title words. */
    static boolean isLicenceWord(String ocrText) {
        String upper = ocrText.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return isDocumentNumberLabel(ocrText) || upper.contains("DLN") || upper.equals("DRIVER")
                || upper.equals("DRIVERS") || upper.equals("LICENSE") || upper.equals("LICENCE")
                || upper.equals("IDENTIFICATION");
    }

    /** Whether a word is the licence-number label (DLN, DL, LIC) possibly glued to its field number (4d). */
    static boolean isDocumentNumberLabel(String ocrText) {
        String upper = ocrText.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return upper.endsWith("DLN") || upper.equals("DL") || upper.endsWith("4DDL") || upper.equals("LIC");
    }

    /**
     * The licence number in OCR text of its value (label already cut away), as AnalyzeID reports it: upper case,
     * without dashes or spaces. Empty unless it has 5-20 letters and digits, at least 4 of them digits.
     */
    static Optional<String> documentNumber(String ocrText) {
        // the bold S of licence fonts reads as '$', sometimes as "S$" (both the letter and the sign): one S
        String upper = ocrText.toUpperCase(Locale.ROOT).replace("S$", "S").replace("$S", "S")
                .replace('$', 'S').replace('§', 'S');
        String compact = upper.replaceAll("[^A-Z0-9]", "");
        for (String label : DOCUMENT_NUMBER_LABELS) {
            if (compact.startsWith(label) && compact.length() - label.length() >= 5
                    && upper.trim().startsWith(label + " ")) {
                compact = compact.substring(label.length());
                break;
            }
        }
        long digits = compact.chars().filter(Character::isDigit).count();
        if (compact.length() < 5 || compact.length() > 20 || digits < 4) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }

    // ---------------------------------------------------------------- name and address block

    /**
     * Reads the name and address rows of the AAMVA block (fields 1, 2 and 8), top to bottom: family name, given
     * names, street line(s), then {@code CITY, ST ZIP}. There is one entry per printed row, empty where the row
     * could not be read, so a lost row never shifts the others into the wrong role. A row that does not fit its role
     * is left out rather than guessed.
     */
    static NameAndAddress nameAndAddress(List<Optional<OcrLine>> rows) {
        int n = rows.size();
        if (n < 2) {
            return NameAndAddress.none();
        }
        List<Optional<OcrLine>> lines = rows.stream().map(r -> r.flatMap(AamvaParser::cleaned)).toList();
        Optional<String[]> city = lines.get(n - 1).flatMap(l -> cityLine(text(l)));
        double cityConfidence = lines.get(n - 1).map(l -> minConfidence(List.of(l))).orElse(0.0);
        // two name rows (family, given) unless the block is too short for them and a street
        int nameRows = n >= 4 ? 2 : 1;
        if (n >= 4 && lines.get(1).map(AamvaParser::startsWithDigit).orElse(false)) {
            nameRows = 1;   // "FAMILY, GIVEN" on one row, the street starts on the second
        }
        List<Optional<OcrLine>> streetRows = lines.subList(nameRows, n - 1);
        Optional<Read> street = Optional.empty();
        if (!streetRows.isEmpty() && streetRows.stream().allMatch(Optional::isPresent)) {
            List<OcrLine> present = streetRows.stream().map(Optional::get).toList();
            String joined = String.join(" ", present.stream().map(AamvaParser::text).toList());
            if (STREET.matcher(joined).matches() && joined.chars().anyMatch(Character::isLetter)) {
                street = Optional.of(new Read(joined, minConfidence(present)));
            }
        }
        NameAndAddress names = names(lines.subList(0, nameRows));
        return new NameAndAddress(names.familyName(), names.firstName(), names.middleNames(), street,
                city.map(c -> new Read(c[0], cityConfidence)),
                city.map(c -> new Read(c[1], cityConfidence)),
                city.map(c -> new Read(c[2], cityConfidence)));
    }

    private static NameAndAddress names(List<Optional<OcrLine>> nameRows) {
        Optional<Read> family = Optional.empty();
        Optional<String> given = Optional.empty();
        double givenConfidence = 0;
        if (nameRows.size() >= 2) {
            family = nameRows.get(0).flatMap(l -> name(text(l)).map(n -> new Read(n, minConfidence(List.of(l)))));
            given = nameRows.get(1).flatMap(l -> name(text(l)));
            givenConfidence = nameRows.get(1).map(l -> minConfidence(List.of(l))).orElse(0.0);
        } else if (nameRows.size() == 1 && nameRows.get(0).map(l -> text(l).contains(",")).orElse(false)) {
            OcrLine line = nameRows.get(0).get();
            String[] parts = text(line).split(",", 2);
            double confidence = minConfidence(List.of(line));
            family = name(parts[0]).map(n -> new Read(n, confidence));
            given = name(parts[1]);
            givenConfidence = confidence;
        }
        Optional<Read> first = Optional.empty();
        Optional<Read> middle = Optional.empty();
        if (given.isPresent()) {
            List<String> tokens = new ArrayList<>(List.of(given.get().split(" ")));
            if (tokens.size() > 1 && SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
                tokens.remove(tokens.size() - 1);
            }
            first = Optional.of(new Read(tokens.get(0), givenConfidence));
            if (tokens.size() > 1) {
                middle = Optional.of(new Read(String.join(" ", tokens.subList(1, tokens.size())), givenConfidence));
            }
        }
        return new NameAndAddress(family, first, middle, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** City, state and ZIP (without hyphen) of a {@code CITY, ST 12345-6789} line, if it is one. */
    static Optional<String[]> cityLine(String line) {
        String upper = collapse(line.toUpperCase(Locale.ROOT));
        Matcher m = CITY_LINE.matcher(zipFromLookalikes(upper));
        if (!m.matches() || !STATE_CODES.contains(m.group(2))) {
            return Optional.empty();
        }
        String zip = m.group(3) + (m.group(4) == null ? "" : m.group(4));
        return Optional.of(new String[] {m.group(1).replaceAll("[ .]+$", ""), m.group(2), zip});
    }

    /** A name as printed, upper case, if the text is one: letters, spaces, hyphens and apostrophes. */
    static Optional<String> name(String text) {
        String upper = collapse(text.toUpperCase(Locale.ROOT).replaceAll("[.,;:]+$", ""));
        return NAME.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
    }

    /**
     * The line without the noise OCR adds at its ends: stray punctuation, lone lower-case letters and printed field
     * numbers that were not cropped away. Empty when nothing readable is left.
     */
    static Optional<OcrLine> cleaned(OcrLine line) {
        List<OcrWord> words = new ArrayList<>(line.words());
        while (!words.isEmpty() && isNoise(words.get(0))) {
            words.remove(0);
        }
        while (!words.isEmpty() && isNoise(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.stream().mapToLong(w -> w.text().chars().filter(Character::isLetterOrDigit).count()).sum() < 2) {
            return Optional.empty();
        }
        return Optional.of(new OcrLine(words));
    }

    private static boolean isNoise(OcrWord word) {
        String text = word.text();
        long alnum = text.chars().filter(Character::isLetterOrDigit).count();
        boolean upperOrDigit = text.chars().filter(Character::isLetterOrDigit)
                .allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return alnum == 0 || (alnum <= 2 && (!upperOrDigit || word.confidence() < 50));
    }

    private static boolean startsWithDigit(OcrLine line) {
        return Character.isDigit(text(line).charAt(0));
    }

    private static String text(OcrLine line) {
        return collapse(line.text().toUpperCase(Locale.ROOT));
    }

    private static double minConfidence(List<OcrLine> lines) {
        return lines.stream().flatMap(l -> l.words().stream()).mapToDouble(OcrWord::confidence).min().orElse(0);
    }

    private static String collapse(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }

    // ---------------------------------------------------------------- OCR look-alikes

    /** In date-shaped text, letters OCR confuses with digits become those digits (O→0, l/I/|→1). */
    private static String digitsFromLookalikes(String text) {
        return text.replace('O', '0').replace('o', '0').replace('l', '1').replace('I', '1').replace('|', '1');
    }

    /** In label text, digits OCR confuses with letters become those letters (0→O, 8→B, 1→I, 5/$→S). */
    private static String lettersFromLookalikes(String upper) {
        return upper.replace('0', 'O').replace('8', 'B').replace('1', 'I').replace('5', 'S').replace('$', 'S')
                .replaceAll("[^A-Z]", "");
    }

    /** In the ZIP part (after the state), O reads as 0. */
    private static String zipFromLookalikes(String upper) {
        Matcher m = Pattern.compile("(\\s[A-Z]{2}[,.]?\\s+)([0-9O]{5}(?:\\s*-?\\s*[0-9O]{4})?)$").matcher(upper);
        if (!m.find()) {
            return upper;
        }
        return upper.substring(0, m.start(2)) + m.group(2).replace('O', '0');
    }
}
