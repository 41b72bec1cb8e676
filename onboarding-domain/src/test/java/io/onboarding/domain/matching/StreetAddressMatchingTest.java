package io.onboarding.domain.matching;

import static io.onboarding.domain.matching.SampleLicence.reasonFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.IdField;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StreetAddressMatchingTest {

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "123 MAIN STREET                   | 123 MAIN STREET      | EXACT",
            "123 Main St.                      | 123 MAIN STREET      | EQUAL_AFTER_NORMALISATION",
            "123 main street                   | 123 MAIN ST          | EQUAL_AFTER_NORMALISATION",
            "456 North Oak Avenue Apartment 4  | 456 N OAK AVE APT 4  | EQUAL_AFTER_NORMALISATION",
            "456 N. Oak Ave., Apt. 4           | 456 N OAK AVE APT 4  | EQUAL_AFTER_NORMALISATION",
            "789 Northeast Ridge Boulevard     | 789 NE RDG BLVD      | EQUAL_AFTER_NORMALISATION",
            "789 N.E. Ridge Blvd               | 789 NE RDG BLVD      | EQUAL_AFTER_NORMALISATION",
            "10 Southwest Pine Terrace Suite 200 | 10 SW PINE TER STE 200 | EQUAL_AFTER_NORMALISATION",
            "1 Harbor Parkway Building 3 Floor 2 | 1 HBR PKWY BLDG 3 FL 2 | EQUAL_AFTER_NORMALISATION",
            "77 Old Highway Room 9             | 77 OLD HWY RM 9      | EQUAL_AFTER_NORMALISATION",
            "5 Elm Court                       | 5 ELM CT             | EQUAL_AFTER_NORMALISATION",
            "5 Elm Crossing                    | 5 ELM XING           | EQUAL_AFTER_NORMALISATION",
            "12 Saint Johns Bluff Road         | 12 ST JOHNS BLF RD   | EQUAL_AFTER_NORMALISATION",
            "12 O'Neil Lane                    | 12 ONEIL LN          | EQUAL_AFTER_NORMALISATION",
            "12 Calle José Martí               | 12 CALLE JOSE MARTI  | EQUAL_AFTER_NORMALISATION",
            "123\u00A0MAIN   STREET            | 123 MAIN STREET      | EQUAL_AFTER_NORMALISATION"})
    void matchesStreetLinesAfterUspsStandardAbbreviations(String declared, String onDocument,
                                                          MatchReason expected) {
        assertThat(reasonFor(IdField.ADDRESS, declared, onDocument)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "456 OAK AVE #4          | 456 OAK AVE APT 4",
            "456 OAK AVE # 4         | 456 OAK AVE #4",
            "456 OAK AVE APT #4      | 456 OAK AVE APT 4",
            "456 OAK AVE Apartment 4 | 456 OAK AVE #4",
            "456 OAK AVE STE #4      | 456 OAK AVE SUITE 4"})
    void readsAHashAsTheApartmentUnlessADesignatorPrecedesIt(String declared, String onDocument) {
        assertThat(reasonFor(IdField.ADDRESS, declared, onDocument))
                .isEqualTo(MatchReason.EQUAL_AFTER_NORMALISATION);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "456 OAK AVE APT12       | 456 OAK AVE APT 12",
            "456 OAK AVE Apt.12      | 456 OAK AVE APT 12",
            "456 OAK AVE APT-12      | 456 OAK AVE APT 12",
            "456 OAK AVE Apartment12 | 456 OAK AVE APT 12",
            "456 OAK AVE APT12       | 456 OAK AVE #12",
            "456 OAK AVE APT12       | 456 OAK AVE # 12",
            "456 OAK AVE APT#12      | 456 OAK AVE APT 12",
            "10 SW PINE TER STE5B    | 10 SW PINE TER STE 5B",
            "10 SW PINE TER Suite5B  | 10 SW PINE TER STE 5-B",
            "1 HARBOR PKWY BLDG3 FL2 | 1 HBR PKWY BLDG 3 FL 2",
            "77 OLD HWY UNIT7        | 77 OLD HWY UNIT 7",
            "77 OLD HWY LOT12        | 77 OLD HWY LOT 12",
            "77 OLD HWY RM101        | 77 OLD HWY ROOM 101"})
    void readsAUnitDesignatorGluedToItsNumberAsTwoWords(String declared, String onDocument) {
        assertThat(reasonFor(IdField.ADDRESS, declared, onDocument))
                .isEqualTo(MatchReason.EQUAL_AFTER_NORMALISATION);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "456 OAK AVE APT12     | 456 OAK AVE APT 21",
            "456 OAK AVE APT12     | 456 OAK AVE APT 1",
            "456 OAK AVE APT12     | 456 OAK AVE STE 12",
            "456 OAK AVE UNIT12    | 456 OAK AVE APT 12",
            "456 OAK AVE STE12     | 456 OAK AVE #12",
            "10 PINE TER STE5B     | 10 PINE TER STE 5",
            "10 PINE TER STE5B     | 10 PINE TER STE 5C",
            "10 APTOS AVE          | 10 APT OS AVE",
            "10 UNITED AVE         | 10 UNIT ED AVE"})
    void keepsGluedUnitsDistinctWhenTypeOrNumberDiffer(String declared, String onDocument) {
        assertThat(reasonFor(IdField.ADDRESS, declared, onDocument)).isEqualTo(MatchReason.DIFFERENT);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "PO BOX 123              | PO BOX 123",
            "P.O. Box 123            | PO BOX 123",
            "P. O. BOX 123           | PO BOX 123",
            "P O BOX 123             | PO BOX 123",
            "P.O.BOX 123             | PO BOX 123",
            "Post Office Box 123     | PO BOX 123",
            "BOX 123                 | PO BOX 123",
            "PO BOX #123             | PO BOX 123",
            "PO Box No. 123          | PO BOX 123",
            "Post Office Box Number 123 | P.O. BOX 123",
            "CALLER 123              | PO BOX 123",
            "FIRM CALLER 123         | PO BOX 123",
            "DRAWER 123              | PO BOX 123",
            "LOCKBOX 123             | PO BOX 123",
            "BIN 123                 | PO BOX 123",
            "PO BOX 12A              | BOX 12-A"})
    void writesEveryPostOfficeBoxSpellingAsPoBox(String declared, String onDocument) {
        assertThat(StreetAddressNormalizer.normalize(declared))
                .isEqualTo(StreetAddressNormalizer.normalize(onDocument))
                .startsWith("PO BOX ");
        assertThat(reasonFor(IdField.ADDRESS, declared, onDocument))
                .isIn(MatchReason.EXACT, MatchReason.EQUAL_AFTER_NORMALISATION);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "RR 2 BOX 15              | RR 2 BOX 15",
            "Rural Route 2 Box 15     | RR 2 BOX 15",
            "RURAL RTE 2 BOX 15       | RR 2 BOX 15",
            "R.R. 2, Box 15           | RR 2 BOX 15",
            "R R 2 BOX 15             | RR 2 BOX 15",
            "RFD 2 BOX 15             | RR 2 BOX 15",
            "R.F.D. 2 BOX 15          | RR 2 BOX 15",
            "Rural Free Delivery 2 Box 15 | RR 2 BOX 15",
            "RD 2 BOX 15              | RR 2 BOX 15",
            "RR 02 BOX 15             | RR 2 BOX 15",
            "RR NO. 2 BOX # 15        | RR 2 BOX 15",
            "Rural Route Number 2 Box Number 15 | RR 2 BOX 15",
            "RR 2 BOX 15-A            | RR 2 BOX 15A",
            "RR 2                     | RURAL ROUTE 2",
            "HC 68 BOX 23A            | HC 68 BOX 23A",
            "Highway Contract 68 Box 23A | HC 68 BOX 23A",
            "HIGHWAY CONTRACT ROUTE 68 BOX 23A | HC 68 BOX 23A",
            "HWY CONTRACT RTE 68 BOX 23A | HC 68 BOX 23A",
            "Star Route 68 Box 23A    | HC 68 BOX 23A",
            "H.C. 68 BOX 23A          | HC 068 BOX 23A"})
    void writesRuralAndHighwayContractRoutesAsPublication28Does(String declared, String onDocument) {
        assertThat(reasonFor(IdField.ADDRESS, declared, onDocument))
                .isIn(MatchReason.EXACT, MatchReason.EQUAL_AFTER_NORMALISATION);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "PO BOX 123           | PO BOX 124",
            "PO BOX 123           | PO BOX 1234",
            "PO BOX 0123          | PO BOX 123",
            "PO BOX 123           | 123 MAIN ST",
            "PO BOX 15            | RR 2 BOX 15",
            "BOX ELDER RD         | PO BOX ELDER RD",
            "RR 2 BOX 15          | RR 3 BOX 15",
            "RR 2 BOX 15          | RR 2 BOX 16",
            "RR 2 BOX 15          | RR 2",
            "RR 2 BOX 15          | HC 2 BOX 15",
            "ROUTE 2 BOX 15       | RR 2 BOX 15",
            "ROAD 2 BOX 15        | RR 2 BOX 15",
            "HIGHWAY 68 BOX 23A   | HC 68 BOX 23A",
            "HC 68 BOX 23A        | HC 68 BOX 23B",
            "123 RURAL ROUTE 2    | 123 RR 2"})
    void keepsDifferentBoxesAndRoutesApart(String declared, String onDocument) {
        assertThat(reasonFor(IdField.ADDRESS, declared, onDocument)).isEqualTo(MatchReason.DIFFERENT);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "124 MAIN STREET       | 123 MAIN STREET",
            "123 MAIN AVENUE       | 123 MAIN STREET",
            "123 N MAIN ST         | 123 S MAIN ST",
            "123 MAIN ST           | 123 MAIN ST APT 4",
            "123 MAIN ST APT 4     | 123 MAIN ST APT 5",
            "123 MAIN ST STE 4     | 123 MAIN ST #4",
            "123 MAIN ST UNIT 4    | 123 MAIN ST APT 4",
            "123 MIAN STREET       | 123 MAIN STREET",
            "MAIN STREET 123       | 123 MAIN STREET"})
    void reportsDifferentStreetLinesAsMismatch(String declared, String onDocument) {
        assertThat(reasonFor(IdField.ADDRESS, declared, onDocument)).isEqualTo(MatchReason.DIFFERENT);
    }

    /** The documented trade-off: the table applies to every word, not only where the word is the suffix. */
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', value = {
            "123 COURT STREET   | 123 CT ST",
            "10 SAINT PL        | 10 STREET PL",
            "9 NORTH WAY        | 9 N WY"})
    void abbreviatesTableWordsInTheStreetNameToo(String declared, String onDocument) {
        assertThat(reasonFor(IdField.ADDRESS, declared, onDocument))
                .isEqualTo(MatchReason.EQUAL_AFTER_NORMALISATION);
    }

    static Stream<Arguments> everyTableSpelling() {
        return Stream.of(StreetAddressNormalizer.STREET_SUFFIXES, StreetAddressNormalizer.DIRECTIONALS,
                        StreetAddressNormalizer.UNIT_DESIGNATORS, StreetAddressNormalizer.NAME_WORDS)
                .flatMap(List::stream)
                .flatMap(row -> row.stream().map(spelling -> Arguments.of(spelling, row.get(0))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyTableSpelling")
    void abbreviatesEveryTableSpellingToItsStandardForm(String spelling, String standard) {
        assertThat(StreetAddressNormalizer.normalize("1 X " + spelling.toLowerCase(java.util.Locale.ROOT)))
                .isEqualTo("1 X " + standard);
    }

    @Test
    void knowsAtLeastFortyStreetSuffixes() {
        assertThat(StreetAddressNormalizer.STREET_SUFFIXES).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "123 Main St.                | 123 MAIN ST",
            "456 North Oak Avenue Apartment 4 | 456 N OAK AVE APT 4",
            "  12,  Elm   Court ;        | 12 ELM CT",
            "#5                          | APT 5",
            "456 Oak Ave Apt12           | 456 OAK AVE APT 12",
            "Post Office Box 0123        | PO BOX 0123",
            "Rural Route 02, Box #15     | RR 2 BOX 15",
            "Star Route 7                | HC 7",
            "Box Elder Road              | BOX ELDER RD",
            "12 Rural Route 2            | 12 RURAL RTE 2",
            "123-45 Queens Blvd          | 12345 QUEENS BLVD",
            "...                         | ''"})
    void writesTheStandardFormWithSingleSpaces(String streetLine, String expected) {
        assertThat(StreetAddressNormalizer.normalize(streetLine)).isEqualTo(expected);
    }

    @Test
    void refusesStreetLinesWithoutLettersOrDigits() {
        assertThat(reasonFor(IdField.ADDRESS, "...", "123 MAIN STREET")).isEqualTo(MatchReason.DECLARED_INVALID);
        assertThat(reasonFor(IdField.ADDRESS, "123 MAIN STREET", "-")).isEqualTo(MatchReason.UNPARSEABLE_ON_DOCUMENT);
    }
}
