package io.onboarding.domain.intake;

import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.RefusalReason;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the applicant's details CSV: a header row naming the eight
 * {@link IdField#APPLICANT_FIELDS} and exactly one data row.
 *
 * <p>Parsing is strict about content and lenient about layout. The bytes must be UTF-8 (a leading BOM is dropped);
 * CRLF, LF, a missing final newline, blank or all-empty lines, and whitespace around values and header names are
 * tolerated. Header names are matched case-sensitively, in any order. Extra columns with other names are ignored
 * (their values are neither kept nor checked), but every row must still have as many values as the header.
 * Parsed values are kept raw (only trimmed); neutralising formulas is {@link #render}'s job. A value holding a
 * control, line-break or invisible formatting character is refused ({@link RefusalReason#CSV_CONTROL_CHARACTER}): no
 * declared detail needs one, and printed in a report it could forge or hide a line.
 */
public final class DetailsCsv {
    /** Layout tolerance lives here; the header is handled by hand so every header fault gets our reason code. */
    private static final CSVFormat READ_FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();
    private static final CSVFormat WRITE_FORMAT = CSVFormat.DEFAULT.builder()
            .setRecordSeparator("\r\n")
            .get();
    /** Header plus one data row, plus one more to tell "too many rows" apart. */
    private static final int ROWS_NEEDED = 3;

    private DetailsCsv() {
    }

    /**
     * Parses the details CSV.
     *
     * @throws PackageRefusedException with a {@code CSV_*} reason when the CSV breaks a rule; the message never
     *                                 quotes a value
     */
    public static ApplicantDetails parse(byte[] csv) {
        Objects.requireNonNull(csv, "csv");
        String text = decodeUtf8(csv);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw refused(RefusalReason.CSV_EMPTY, "the details CSV is empty");
        }
        List<List<String>> rows = nonBlankRows(text);
        if (rows.isEmpty()) {
            throw refused(RefusalReason.CSV_EMPTY, "the details CSV holds only blank rows");
        }
        List<String> header = rows.get(0);
        Map<IdField, Integer> columns = columnsOf(header);
        if (rows.size() == 1) {
            throw refused(RefusalReason.CSV_NO_DATA_ROW, "the details CSV has a header but no data row");
        }
        if (rows.size() > 2) {
            throw refused(RefusalReason.CSV_TOO_MANY_ROWS, "the details CSV must have exactly 1 data row");
        }
        List<String> row = rows.get(1);
        if (row.size() != header.size()) {
            throw refused(RefusalReason.CSV_RAGGED, "the data row has " + row.size() + " values but the header has "
                    + header.size() + " columns");
        }
        var values = new EnumMap<IdField, String>(IdField.class);
        for (Map.Entry<IdField, Integer> column : columns.entrySet()) {
            String value = row.get(column.getValue());
            if (value.length() > ApplicantDetails.MAX_VALUE_LENGTH) {
                throw refused(RefusalReason.CSV_VALUE_TOO_LONG, "the " + column.getKey() + " value is "
                        + value.length() + " characters long; at most " + ApplicantDetails.MAX_VALUE_LENGTH
                        + " are allowed");
            }
            if (!isPrintable(value)) {
                throw refused(RefusalReason.CSV_CONTROL_CHARACTER, "the " + column.getKey() + " value holds a control,"
                        + " line-break or invisible formatting character");
            }
            values.put(column.getKey(), value);
        }
        return ApplicantDetails.of(values);
    }

    /**
     * Renders the details as a CSV that is safe to open in a spreadsheet: the header in {@link IdField#APPLICANT_FIELDS}
     * order and one data row with every value passed through {@link SpreadsheetSafe#neutralise}; CRLF line ends,
     * UTF-8 without BOM. A neutralised value is one character longer than the raw one, so a value of exactly
     * {@link ApplicantDetails#MAX_VALUE_LENGTH} characters that starts with a formula character renders longer than
     * {@link #parse} accepts; the rendered file is for storage and people, not for parsing again.
     */
    public static byte[] render(ApplicantDetails details) {
        Objects.requireNonNull(details, "details");
        var header = new ArrayList<String>();
        var row = new ArrayList<String>();
        for (IdField field : IdField.APPLICANT_FIELDS) {
            header.add(field.name());
            row.add(SpreadsheetSafe.neutralise(details.value(field)));
        }
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, WRITE_FORMAT)) {
            printer.printRecord(header);
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the details CSV failed", e); // a StringBuilder never fails
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * True when {@code value} has no character that could change how a report line reads: no C0 or C1 control (NUL,
     * ESC, CR, LF, TAB among them), no line or paragraph separator, and no invisible formatting character (the bidi
     * overrides and isolates, zero-width characters, the BOM).
     */
    static boolean isPrintable(String value) {
        return value.codePoints().noneMatch(c -> Character.isISOControl(c)
                || switch (Character.getType(c)) {
                    case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
                    default -> false;
                });
    }

    private static String decodeUtf8(byte[] csv) {
        if (csv.length == 0) {
            throw refused(RefusalReason.CSV_EMPTY, "the details CSV is empty");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(csv))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused(RefusalReason.CSV_NOT_UTF8, "the details CSV is not valid UTF-8");
        }
    }

    /** Up to {@link #ROWS_NEEDED} rows with at least one non-empty value, each value trimmed. */
    private static List<List<String>> nonBlankRows(String text) {
        var rows = new ArrayList<List<String>>();
        // Commons CSV reports syntax errors as IOException (CSVException) or, from its iterator, UncheckedIOException;
        // their messages are not ours to vouch for, so they are not attached
        try (CSVParser parser = READ_FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList().stream().map(String::strip).toList();
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                rows.add(values);
                if (rows.size() == ROWS_NEEDED) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused(RefusalReason.CSV_MALFORMED, "the details CSV cannot be parsed ("
                    + e.getClass().getSimpleName() + ")");
        }
        return rows;
    }

    private static Map<IdField, Integer> columnsOf(List<String> header) {
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            if (positions.putIfAbsent(header.get(i), i) != null) {
                throw refused(RefusalReason.CSV_MISSING_COLUMN, "header column #" + (i + 1)
                        + " repeats an earlier column name");
            }
        }
        var columns = new EnumMap<IdField, Integer>(IdField.class);
        for (IdField field : IdField.APPLICANT_FIELDS) {
            Integer position = positions.get(field.name());
            if (position == null) {
                throw refused(RefusalReason.CSV_MISSING_COLUMN, "the header has no " + field + " column");
            }
            columns.put(field, position);
        }
        return columns;
    }

    private static PackageRefusedException refused(RefusalReason reason, String message) {
        return new PackageRefusedException(reason, message);
    }
}
