package io.onboarding.domain.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a date as printed on, or typed from, a US identity document. Slash, dash and dot dates and eight-digit
 * dates are always month first; ISO dates start with a four-digit year. Two-digit years are refused.
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

    private DateParser() {
    }

    /** The calendar date the text denotes, or empty when it has no accepted shape or is not a real date. */
    static Optional<LocalDate> parse(String text) {
        String date = TextFolding.fold(text);
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
}
