package io.onboarding.domain.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a date as printed on, or typed from, a US identity document. Slash, dash and dot dates and eight-digit
 * dates are always month first; ISO dates start with a four-digit year; a month written as a word may come before
 * or after the day. Two-digit years are refused.
 */
final class DateParser {
    /**
     * One accepted shape and how to read it. The shapes do not overlap, so every text has at most one reading:
     * the parser never tries another order (13/01/1957 is invalid, not 13 January).
     */
    private record Shape(Pattern pattern, DateTimeFormatter formatter) {
        static Shape of(String regex, String formatterPattern) {
            // STRICT rejects 02/30 and 04/31 instead of rolling them over to the next month's end or start.
            return new Shape(Pattern.compile(regex),
                    DateTimeFormatter.ofPattern(formatterPattern).withResolverStyle(ResolverStyle.STRICT));
        }
    }

    private static final List<Shape> SHAPES = List.of(
            Shape.of("\\d{1,2}/\\d{1,2}/\\d{4}", "M/d/uuuu"),
            Shape.of("\\d{1,2}-\\d{1,2}-\\d{4}", "M-d-uuuu"),
            Shape.of("\\d{1,2}\\.\\d{1,2}\\.\\d{4}", "M.d.uuuu"),
            // AAMVA prints and encodes US dates as MMDDCCYY (barcode DBB 01121957), never YYYYMMDD.
            Shape.of("\\d{8}", "MMdduuuu"),
            Shape.of("\\d{4}-\\d{1,2}-\\d{1,2}", "uuuu-M-d"),
            Shape.of("\\d{4}/\\d{1,2}/\\d{1,2}", "uuuu/M/d"));

    /** English month names and their abbreviations (SEPT as well as SEP), keyed in upper case without the dot. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1), Map.entry("JANUARY", 1), Map.entry("FEB", 2), Map.entry("FEBRUARY", 2),
            Map.entry("MAR", 3), Map.entry("MARCH", 3), Map.entry("APR", 4), Map.entry("APRIL", 4),
            Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUNE", 6), Map.entry("JUL", 7), Map.entry("JULY", 7),
            Map.entry("AUG", 8), Map.entry("AUGUST", 8), Map.entry("SEP", 9), Map.entry("SEPT", 9),
            Map.entry("SEPTEMBER", 9), Map.entry("OCT", 10), Map.entry("OCTOBER", 10), Map.entry("NOV", 11),
            Map.entry("NOVEMBER", 11), Map.entry("DEC", 12), Map.entry("DECEMBER", 12));

    // The month word cannot be mistaken for a day or a year, so these shapes are unambiguous, like the ones above.
    // Month first: JAN 12 1957, JAN. 12, 1957, JANUARY 12, 1957, JAN-12-1957.
    private static final Pattern MONTH_FIRST =
            Pattern.compile("(?<month>[A-Z]+)(?:\\.? |\\.?-)(?<day>\\d{1,2})(?:,? |-)(?<year>\\d{4})");
    // Day first: 12 JAN 1957, 12 JANUARY, 1957, 12-JAN-1957, 12JAN1957.
    private static final Pattern DAY_FIRST =
            Pattern.compile("(?<day>\\d{1,2})[ -]?(?<month>[A-Z]+)\\.?(?:,? |-)?(?<year>\\d{4})");

    private DateParser() {
    }

    /** The calendar date the text denotes, or empty when it has no accepted shape or is not a real date. */
    static Optional<LocalDate> parse(String text) {
        String date = TextFolding.fold(text);
        Optional<LocalDate> withMonthName = withMonthName(date);
        if (withMonthName.isPresent()) {
            return withMonthName;
        }
        for (Shape shape : SHAPES) {
            if (shape.pattern().matcher(date).matches()) {
                try {
                    return Optional.of(LocalDate.parse(date, shape.formatter()));
                } catch (DateTimeParseException invalidDate) {
                    return Optional.empty();   // the one reading is impossible; another order would be a guess
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> withMonthName(String date) {
        for (Pattern shape : List.of(MONTH_FIRST, DAY_FIRST)) {
            var matcher = shape.matcher(date);
            if (matcher.matches() && MONTHS.containsKey(matcher.group("month"))) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(matcher.group("year")),
                            MONTHS.get(matcher.group("month")), Integer.parseInt(matcher.group("day"))));
                } catch (DateTimeException invalidDate) {
                    return Optional.empty();   // FEB 30 1957 is refused, as 02/30/1957 is
                }
            }
        }
        return Optional.empty();
    }
}
