package io.onboarding.domain.intake;

import static io.onboarding.domain.intake.TestPackages.HEADER;
import static io.onboarding.domain.intake.TestPackages.ROW;
import static io.onboarding.domain.intake.TestPackages.hex;
import static io.onboarding.domain.intake.TestPackages.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.RefusalReason;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DetailsCsvTest {
    private static final Map<IdField, String> SAMPLE = Map.of(
            IdField.FIRST_NAME, "NICK",
            IdField.LAST_NAME, "SAMPLE",
            IdField.CITY_IN_ADDRESS, "TALLAHASSEE",
            IdField.ZIP_CODE_IN_ADDRESS, "000001234",
            IdField.STATE_IN_ADDRESS, "FL",
            IdField.DOCUMENT_NUMBER, "S123456579010",
            IdField.DATE_OF_BIRTH, "01/12/1957",
            IdField.ADDRESS, "123 MAIN STREET");

    // --- parsing -------------------------------------------------------------------------------------------------

    static Stream<Arguments> layoutVariants() {
        return Stream.of(
                Arguments.of("CRLF", HEADER + "\r\n" + ROW + "\r\n"),
                Arguments.of("LF", HEADER + "\n" + ROW + "\n"),
                Arguments.of("CR", HEADER + "\r" + ROW + "\r"),
                Arguments.of("no final newline", HEADER + "\r\n" + ROW),
                Arguments.of("UTF-8 BOM", "\uFEFF" + HEADER + "\r\n" + ROW + "\r\n"),
                Arguments.of("blank trailing lines", HEADER + "\n" + ROW + "\n\n   \n\r\n"),
                Arguments.of("blank leading lines", "\n\n" + HEADER + "\n" + ROW),
                Arguments.of("trailing all-empty row", HEADER + "\n" + ROW + "\n,,,,,,,\n"),
                Arguments.of("whitespace around values and names",
                        " FIRST_NAME , LAST_NAME,CITY_IN_ADDRESS ,\tZIP_CODE_IN_ADDRESS,STATE_IN_ADDRESS,"
                                + "DOCUMENT_NUMBER,DATE_OF_BIRTH,ADDRESS  \n"
                                + "  NICK ,SAMPLE\t, TALLAHASSEE,000001234 ,FL,S123456579010,01/12/1957, 123 MAIN STREET "),
                Arguments.of("quoted values", HEADER + "\n"
                        + "\"NICK\",\"SAMPLE\",\"TALLAHASSEE\",\"000001234\",\"FL\",\"S123456579010\",\"01/12/1957\","
                        + " \"123 MAIN STREET\" "),
                Arguments.of("columns in another order",
                        "ADDRESS,DATE_OF_BIRTH,DOCUMENT_NUMBER,STATE_IN_ADDRESS,ZIP_CODE_IN_ADDRESS,CITY_IN_ADDRESS,"
                                + "LAST_NAME,FIRST_NAME\n"
                                + "123 MAIN STREET,01/12/1957,S123456579010,FL,000001234,TALLAHASSEE,SAMPLE,NICK\n"),
                Arguments.of("extra columns", "EMAIL," + HEADER + ",\n" + "nick@example.com," + ROW + ",\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layoutVariants")
    void parsesLayoutVariants(String description, String csv) {
        ApplicantDetails details = DetailsCsv.parse(utf8(csv));

        assertThat(details.asMap()).isEqualTo(SAMPLE);
    }

    @Test
    void parsesQuotedValuesWithCommasAndQuotes() {
        String csv = HEADER + "\r\n"
                + "NICK,\"O\"\"BRIEN, JR\",TALLAHASSEE,000001234,FL,S123456579010,01/12/1957,\"123 MAIN STREET, APT 4\"";

        ApplicantDetails details = DetailsCsv.parse(utf8(csv));

        assertThat(details.value(IdField.LAST_NAME)).isEqualTo("O\"BRIEN, JR");
        assertThat(details.value(IdField.ADDRESS)).isEqualTo("123 MAIN STREET, APT 4");
    }

    @Test
    void dropsControlCharactersAroundAValueAsItTrimsSpaces() {
        String csv = HEADER + "\n\u001B\u0007NICK\u0000" + ROW.substring(4);

        assertThat(DetailsCsv.parse(utf8(csv)).value(IdField.FIRST_NAME)).isEqualTo("NICK");
    }

    @Test
    void keepsFormulaLookingValuesRawForMatching() {
        String csv = HEADER + "\n=1+1,-SAMPLE,@x,+1,FL,S123456579010,01/12/1957,123 MAIN STREET";

        ApplicantDetails details = DetailsCsv.parse(utf8(csv));

        assertThat(details.value(IdField.FIRST_NAME)).isEqualTo("=1+1");
        assertThat(details.value(IdField.LAST_NAME)).isEqualTo("-SAMPLE");
    }

    @Test
    void acceptsEmptyValuesAndNonAsciiText() {
        String csv = HEADER + "\nJOSÉ,Nguyễn,,000001234,FL,S123456579010,01/12/1957,";

        ApplicantDetails details = DetailsCsv.parse(utf8(csv));

        assertThat(details.value(IdField.FIRST_NAME)).isEqualTo("JOSÉ");
        assertThat(details.value(IdField.LAST_NAME)).isEqualTo("Nguyễn");
        assertThat(details.value(IdField.CITY_IN_ADDRESS)).isEmpty();
        assertThat(details.value(IdField.ADDRESS)).isEmpty();
    }

    @Test
    void acceptsValueOfTheMaximumLength() {
        String longest = "A".repeat(ApplicantDetails.MAX_VALUE_LENGTH);
        String csv = HEADER + "\n" + longest + ",SAMPLE,TALLAHASSEE,000001234,FL,S123456579010,01/12/1957,X";

        assertThat(DetailsCsv.parse(utf8(csv)).value(IdField.FIRST_NAME)).isEqualTo(longest);
    }

    static Stream<Arguments> invalidCsvs() {
        String tooLong = "A".repeat(ApplicantDetails.MAX_VALUE_LENGTH + 1);
        return Stream.of(
                Arguments.of("invalid byte", bytes(HEADER + "\n", hex("FF"), ROW), RefusalReason.CSV_NOT_UTF8),
                Arguments.of("Latin-1 text", bytes(HEADER + "\nJOS", hex("C9"), ROW.substring(4)),
                        RefusalReason.CSV_NOT_UTF8),
                Arguments.of("overlong encoding", bytes(HEADER + "\n", hex("C0AF"), ROW), RefusalReason.CSV_NOT_UTF8),
                Arguments.of("encoded surrogate", bytes(HEADER + "\n", hex("EDA080"), ROW),
                        RefusalReason.CSV_NOT_UTF8),
                Arguments.of("UTF-16", HEADER.getBytes(StandardCharsets.UTF_16), RefusalReason.CSV_NOT_UTF8),
                Arguments.of("no bytes", new byte[0], RefusalReason.CSV_EMPTY),
                Arguments.of("whitespace only", utf8("  \r\n\t\n"), RefusalReason.CSV_EMPTY),
                Arguments.of("BOM only", utf8("\uFEFF"), RefusalReason.CSV_EMPTY),
                Arguments.of("only empty cells", utf8(",,,\n,,\n"), RefusalReason.CSV_EMPTY),
                Arguments.of("unterminated quote", utf8(HEADER + "\n\"NICK," + ROW.substring(5)),
                        RefusalReason.CSV_MALFORMED),
                Arguments.of("text after a closing quote", utf8(HEADER + "\n\"NICK\"X," + ROW.substring(5)),
                        RefusalReason.CSV_MALFORMED),
                Arguments.of("too few values", utf8(HEADER + "\nNICK,SAMPLE"), RefusalReason.CSV_RAGGED),
                Arguments.of("too many values", utf8(HEADER + "\n" + ROW + ",EXTRA"), RefusalReason.CSV_RAGGED),
                Arguments.of("missing column", utf8(HEADER.replace(",ADDRESS", "") + "\n"
                        + ROW.replace(",123 MAIN STREET", "")), RefusalReason.CSV_MISSING_COLUMN),
                Arguments.of("lower-case header", utf8(HEADER.toLowerCase() + "\n" + ROW),
                        RefusalReason.CSV_MISSING_COLUMN),
                Arguments.of("duplicate column", utf8(HEADER + ",FIRST_NAME\n" + ROW + ",NICK"),
                        RefusalReason.CSV_MISSING_COLUMN),
                Arguments.of("duplicate extra column", utf8(HEADER + ",X,X\n" + ROW + ",1,2"),
                        RefusalReason.CSV_MISSING_COLUMN),
                Arguments.of("no header", utf8(ROW + "\n"), RefusalReason.CSV_MISSING_COLUMN),
                Arguments.of("header only", utf8(HEADER + "\r\n"), RefusalReason.CSV_NO_DATA_ROW),
                Arguments.of("header and blank lines", utf8(HEADER + "\r\n\r\n  \r\n,,,,,,,\r\n"),
                        RefusalReason.CSV_NO_DATA_ROW),
                Arguments.of("two data rows", utf8(HEADER + "\n" + ROW + "\n" + ROW), RefusalReason.CSV_TOO_MANY_ROWS),
                Arguments.of("value too long", utf8(HEADER + "\n" + tooLong + ROW.substring(4)),
                        RefusalReason.CSV_VALUE_TOO_LONG),
                Arguments.of("NUL in a name", utf8(HEADER + "\nNI\u0000CK" + ROW.substring(4)),
                        RefusalReason.CSV_CONTROL_CHARACTER),
                Arguments.of("ESC starting a terminal sequence", utf8(HEADER + "\nNI\u001B[2JCK" + ROW.substring(4)),
                        RefusalReason.CSV_CONTROL_CHARACTER),
                Arguments.of("a line break inside a quoted value",
                        utf8(HEADER + "\n\"NICK\r\nDECISION: APPROVED\"" + ROW.substring(4)),
                        RefusalReason.CSV_CONTROL_CHARACTER),
                Arguments.of("a bidi override", utf8(HEADER + "\nNICK\u202E" + ROW.substring(4)),
                        RefusalReason.CSV_CONTROL_CHARACTER),
                Arguments.of("a bidi isolate", utf8(HEADER + "\n\u2066NICK" + ROW.substring(4)),
                        RefusalReason.CSV_CONTROL_CHARACTER),
                Arguments.of("a zero-width space", utf8(HEADER + "\nNI\u200BCK" + ROW.substring(4)),
                        RefusalReason.CSV_CONTROL_CHARACTER),
                Arguments.of("a line separator", utf8(HEADER + "\nNICK\u2028X" + ROW.substring(4)),
                        RefusalReason.CSV_CONTROL_CHARACTER),
                Arguments.of("a C1 control", utf8(HEADER + "\nNICK\u009BX" + ROW.substring(4)),
                        RefusalReason.CSV_CONTROL_CHARACTER),
                Arguments.of("a tab inside a quoted value", utf8(HEADER + "\n\"NI\tCK\"" + ROW.substring(4)),
                        RefusalReason.CSV_CONTROL_CHARACTER));
    }

    @Test
    void acceptsAccentsApostrophesAndHyphensInNames() {
        String csv = HEADER + "\nJOSÉ-MARÍA,O'NEIL" + ROW.substring(ROW.indexOf(",TALLAHASSEE"));

        assertThat(DetailsCsv.parse(utf8(csv)).value(IdField.FIRST_NAME)).isEqualTo("JOSÉ-MARÍA");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCsvs")
    void refusesInvalidCsv(String description, byte[] csv, RefusalReason expected) {
        Throwable thrown = catchThrowable(() -> DetailsCsv.parse(csv));

        assertThat(thrown).isInstanceOfSatisfying(PackageRefusedException.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(expected));
    }

    @Test
    void neverQuotesValuesInRefusals() {
        String csv = HEADER + "\nSECRETNAME,SECRETLAST" + "X".repeat(300) + ",TALLAHASSEE,000001234,FL,S1,01/12/1957,A";

        Throwable thrown = catchThrowable(() -> DetailsCsv.parse(utf8(csv)));

        assertThat(thrown).isInstanceOf(PackageRefusedException.class);
        assertThat(thrown.getMessage()).contains("LAST_NAME").doesNotContain("SECRET");
    }

    // --- rendering -----------------------------------------------------------------------------------------------

    @Test
    void rendersHeaderAndOneRowWithCrlf() {
        byte[] csv = DetailsCsv.render(ApplicantDetails.of(SAMPLE));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(HEADER + "\r\n" + ROW + "\r\n");
    }

    @Test
    void neutralisesFormulasWhenRendering() {
        var values = new EnumMap<>(SAMPLE);
        values.put(IdField.FIRST_NAME, "=HYPERLINK(\"http://evil.example\",\"click\")");
        values.put(IdField.LAST_NAME, "+1");
        values.put(IdField.CITY_IN_ADDRESS, "-2");
        values.put(IdField.ADDRESS, "@x");

        String csv = new String(DetailsCsv.render(ApplicantDetails.of(values)), StandardCharsets.UTF_8);

        assertThat(csv).endsWith("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'+1,'-2,000001234,FL,"
                + "S123456579010,01/12/1957,'@x\r\n");
    }

    @Test
    void roundTripsToTheNeutralisedValues() {
        var values = new EnumMap<>(SAMPLE);
        values.put(IdField.FIRST_NAME, "=HYPERLINK(\"http://evil.example\",\"click\")");
        values.put(IdField.LAST_NAME, "+1");
        values.put(IdField.CITY_IN_ADDRESS, "-2");
        values.put(IdField.ADDRESS, "@x, \"quoted\", two");
        values.put(IdField.STATE_IN_ADDRESS, "");
        var details = ApplicantDetails.of(values);

        ApplicantDetails reparsed = DetailsCsv.parse(DetailsCsv.render(details));

        for (IdField field : IdField.APPLICANT_FIELDS) {
            assertThat(reparsed.value(field)).as(field.name())
                    .isEqualTo(SpreadsheetSafe.neutralise(details.value(field)));
        }
    }

    @Test
    void roundTripsPlainValuesUnchanged() {
        var details = ApplicantDetails.of(SAMPLE);

        assertThat(DetailsCsv.parse(DetailsCsv.render(details))).isEqualTo(details);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] head = utf8(before);
        byte[] tail = utf8(after);
        byte[] result = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, result, 0, head.length);
        System.arraycopy(middle, 0, result, head.length, middle.length);
        System.arraycopy(tail, 0, result, head.length + middle.length, tail.length);
        return result;
    }
}
