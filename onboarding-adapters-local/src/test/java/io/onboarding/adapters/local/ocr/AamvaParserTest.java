package io.onboarding.adapters.local.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.adapters.local.ocr.AamvaParser.DateRole;
import io.onboarding.adapters.local.ocr.AamvaParser.NameAndAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The licence text rules, on OCR output as Tesseract gives it for the sample card. */
class AamvaParserTest {
    @Test
    void readsUsOrderDatesWithTheirPrintedText() {
        assertThat(AamvaParser.date("01/12/1957")).contains(LocalDate.of(1957, 1, 12));
        assertThat(AamvaParser.date("DOB 07-27-2019")).contains(LocalDate.of(2019, 7, 27));
        assertThat(AamvaParser.printed(LocalDate.of(1957, 1, 12))).isEqualTo("01/12/1957");
    }

    @Test
    void readsDigitsThatOcrTookForLetters() {
        assertThat(AamvaParser.date("O1/l2/2O27")).contains(LocalDate.of(2027, 1, 12));
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThat(AamvaParser.date("13/45/2019")).isEmpty();
        assertThat(AamvaParser.date("00000-1234")).isEmpty();
        assertThat(AamvaParser.date("12019")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "3 DOB, BIRTH",
        "3 D08, BIRTH",
        "4b EXP, EXPIRY",
        "abexp, EXPIRY",
        "4a ISS, ISSUE",
        "saiss, ISSUE",
        "4ai$$, ISSUE",
        "DATE OF BIRTH, BIRTH"
    })
    void knowsADateByItsLabelOrFieldNumber(String label, DateRole role) {
        assertThat(AamvaParser.dateRole(label)).contains(role);
    }

    @Test
    void doesNotGuessARoleFromAGarbledLabel() {
        assertThat(AamvaParser.dateRole("pos")).isEmpty();
        assertThat(AamvaParser.dateRole("15 SEX")).isEmpty();
    }

    @Test
    void writesTheLicenceNumberAsAnalyzeIdDoes() {
        assertThat(AamvaParser.documentNumber("$123-456-57-901-0")).contains("S123456579010");
        assertThat(AamvaParser.documentNumber("S$123-456-57-901-0")).contains("S123456579010");
        assertThat(AamvaParser.documentNumber("D412 7789 0365")).contains("D41277890365");
    }

    @Test
    void refusesALicenceNumberWithTooFewDigits() {
        assertThat(AamvaParser.documentNumber("NONE")).isEmpty();
        assertThat(AamvaParser.documentNumber("AB-12")).isEmpty();
    }

    @Test
    void tellsLicenceNumbersFromOtherNumbers() {
        assertThat(AamvaParser.looksLikeDocumentNumber("coow$123-456-57-901-0")).isTrue();
        assertThat(AamvaParser.looksLikeDocumentNumber("00000-1234")).isFalse();
        assertThat(AamvaParser.looksLikeDocumentNumber("01/12/1957")).isFalse();
    }

    @Test
    void splitsTheCityLineAndDropsTheZipHyphen() {
        assertThat(AamvaParser.cityLine("TALLAHASSEE, FL 00000-1234"))
                .hasValueSatisfying(parts -> assertThat(parts).containsExactly("TALLAHASSEE", "FL", "000001234"));
        assertThat(AamvaParser.cityLine("SAINT PAUL MN 55101"))
                .hasValueSatisfying(parts -> assertThat(parts).containsExactly("SAINT PAUL", "MN", "55101"));
    }

    @Test
    void refusesACityLineWithoutAKnownState() {
        assertThat(AamvaParser.cityLine("TALLAHASSEE, FI 00000-1234")).isEmpty();
    }

    @Test
    void readsTheNameAndAddressRowsInAamvaOrder() {
        NameAndAddress read = AamvaParser.nameAndAddress(rows(
                "SAMPLE", "NICK", "123 MAIN STREET", "TALLAHASSEE, FL 00000-1234"));

        assertThat(read.familyName()).map(AamvaParser.Read::text).contains("SAMPLE");
        assertThat(read.firstName()).map(AamvaParser.Read::text).contains("NICK");
        assertThat(read.middleNames()).isEmpty();
        assertThat(read.street()).map(AamvaParser.Read::text).contains("123 MAIN STREET");
        assertThat(read.city()).map(AamvaParser.Read::text).contains("TALLAHASSEE");
        assertThat(read.state()).map(AamvaParser.Read::text).contains("FL");
        assertThat(read.zip()).map(AamvaParser.Read::text).contains("000001234");
    }

    @Test
    void splitsGivenNamesIntoFirstAndMiddle() {
        NameAndAddress read = AamvaParser.nameAndAddress(rows(
                "RIVERA", "ANA MARIA", "4567 OAK AVENUE", "SPRINGFIELD, IL 62704"));

        assertThat(read.firstName()).map(AamvaParser.Read::text).contains("ANA");
        assertThat(read.middleNames()).map(AamvaParser.Read::text).contains("MARIA");
    }

    @Test
    void keepsEveryOtherRowInItsRoleWhenOneIsUnread() {
        List<Optional<OcrLine>> rows = rows("SAMPLE", "NICK", "123 MAIN STREET", "TALLAHASSEE, FL 00000-1234");
        rows.set(0, Optional.empty());

        NameAndAddress read = AamvaParser.nameAndAddress(rows);

        assertThat(read.familyName()).isEmpty();
        assertThat(read.firstName()).map(AamvaParser.Read::text).contains("NICK");
        assertThat(read.street()).map(AamvaParser.Read::text).contains("123 MAIN STREET");
    }

    @Test
    void takesTheLeastConfidentWordAsTheFieldsConfidence() {
        List<Optional<OcrLine>> rows = new ArrayList<>(rows("SAMPLE", "NICK", "X", "TALLAHASSEE, FL 00000-1234"));
        rows.set(2, Optional.of(new OcrLine(List.of(word("123", 97), word("MAIN", 62), word("STREET", 95)))));

        assertThat(AamvaParser.nameAndAddress(rows).street()).map(AamvaParser.Read::confidence).contains(62.0);
    }

    @Test
    void trimsOcrNoiseAtTheEndsOfALine() {
        OcrLine line = new OcrLine(List.of(word("‘", 30), word("SAMPLE", 96), word("._", 20)));

        assertThat(AamvaParser.cleaned(line)).map(OcrLine::text).contains("SAMPLE");
    }

    private static List<Optional<OcrLine>> rows(String... texts) {
        List<Optional<OcrLine>> rows = new ArrayList<>();
        for (String text : texts) {
            List<OcrWord> words = new ArrayList<>();
            for (String token : text.split(" ")) {
                words.add(word(token, 95));
            }
            rows.add(Optional.of(new OcrLine(words)));
        }
        return rows;
    }

    private static OcrWord word(String text, double confidence) {
        return new OcrWord(text, confidence, new Box(0, 0, 10, 10), List.of());
    }
}
