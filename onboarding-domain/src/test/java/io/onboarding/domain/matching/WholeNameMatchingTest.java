package io.onboarding.domain.matching;

import static io.onboarding.domain.matching.SampleLicence.declared8d247914;
import static io.onboarding.domain.matching.SampleLicence.licenceFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.IdField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** First and last names compared with the document as a whole: its MIDDLE_NAME and SUFFIX fields included. */
class WholeNameMatchingTest {
    private static final double TRUSTED = 97.0;
    private static final double UNSURE = 42.0;

    @ParameterizedTest(name = "declared {0} vs {1} + middle {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "NICK             | NICK | A            | EXACT",
            "Nick             | NICK | A            | EQUAL_AFTER_NORMALISATION",
            "NICK A           | NICK | A            | EQUAL_AFTER_NORMALISATION",
            "NICK A.          | NICK | A            | EQUAL_AFTER_NORMALISATION",
            "Nick a           | NICK | A.           | EQUAL_AFTER_NORMALISATION",
            "NICK, A          | NICK | A            | EQUAL_AFTER_NORMALISATION",
            "NICK ALLEN       | NICK | ALLEN        | EQUAL_AFTER_NORMALISATION",
            "NICK ALLEN JAMES | NICK | ALLEN JAMES  | EQUAL_AFTER_NORMALISATION",
            "NICK A           | NICK | ALLEN        | EQUAL_AFTER_NORMALISATION",
            "NICK ALLEN       | NICK | A            | EQUAL_AFTER_NORMALISATION",
            "NICK A           | NICK | ALLEN JAMES  | EQUAL_AFTER_NORMALISATION",
            "MARY ANN B       | MARY ANN | B        | EQUAL_AFTER_NORMALISATION",
            "MARY-ANN BETH    | MARY ANN | B        | EQUAL_AFTER_NORMALISATION",
            "JOSÉ MARÍA       | JOSE | MARIA        | EQUAL_AFTER_NORMALISATION"})
    void matchesAFirstNameThatCarriesTheDocumentsMiddleName(String declared, String first, String middle,
                                                           MatchReason expected) {
        assertThat(firstNameReason(declared, first, ExtractedField.of(middle, TRUSTED))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "declared {0} vs {1} + middle {2}")
    @CsvSource(delimiter = '|', value = {
            "NICK A           | NICK | B",
            "NICK B           | NICK | ALLEN",
            "NICK ALLEN       | NICK | ALAN",
            "NICK ALLEN       | NICK | B",
            "NICK ALLEN       | NICK | ALLEN JAMES",
            "NICK A J         | NICK | ALLEN JAMES",
            "NICK JAMES       | NICK | ALLEN JAMES",
            "NICKA            | NICK | A",
            "NICKY            | NICK | Y",
            "NICK-A           | NICK | A",
            "A NICK           | NICK | A",
            "ALLEN NICK       | NICK | ALLEN",
            "NICHOLAS A       | NICK | A",
            "NIC A            | NICK | A",
            "NICK B           | NICK A | B",
            "JOHN             | NICK | JOHN"})
    void neverLetsTheMiddleNameHideAMismatch(String declared, String first, String middle) {
        assertThat(firstNameReason(declared, first, ExtractedField.of(middle, TRUSTED)))
                .isEqualTo(MatchReason.DIFFERENT);
    }

    @ParameterizedTest(name = "declared {0} vs {1} + suffix {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "SAMPLE           | SAMPLE | JR      | EXACT",
            "Sample           | SAMPLE | JR      | EQUAL_AFTER_NORMALISATION",
            "SAMPLE JR        | SAMPLE | JR      | EQUAL_AFTER_NORMALISATION",
            "SAMPLE JR.       | SAMPLE | JR      | EQUAL_AFTER_NORMALISATION",
            "SAMPLE, JR.      | SAMPLE | JR      | EQUAL_AFTER_NORMALISATION",
            "Sample Junior    | SAMPLE | JR      | EQUAL_AFTER_NORMALISATION",
            "SAMPLE JR        | SAMPLE | JR.     | EQUAL_AFTER_NORMALISATION",
            "SAMPLE JR        | SAMPLE | JUNIOR  | EQUAL_AFTER_NORMALISATION",
            "SAMPLE SENIOR    | SAMPLE | SR      | EQUAL_AFTER_NORMALISATION",
            "SAMPLE III       | SAMPLE | III     | EQUAL_AFTER_NORMALISATION",
            "SAMPLE 3RD       | SAMPLE | III     | EQUAL_AFTER_NORMALISATION",
            "SAMPLE II        | SAMPLE | 2ND     | EQUAL_AFTER_NORMALISATION",
            "SAMPLE IV        | SAMPLE | 4th     | EQUAL_AFTER_NORMALISATION",
            "SAMPLE IX        | SAMPLE | 9TH     | EQUAL_AFTER_NORMALISATION",
            "SAMPLE ESQ       | SAMPLE | ESQ.    | EQUAL_AFTER_NORMALISATION",
            "VAN DER BERG JR  | VAN DER BERG | JR | EQUAL_AFTER_NORMALISATION",
            "O'NEIL JR        | ONEIL  | JR      | EQUAL_AFTER_NORMALISATION"})
    void matchesALastNameThatCarriesTheDocumentsSuffix(String declared, String last, String suffix,
                                                      MatchReason expected) {
        assertThat(lastNameReason(declared, last, ExtractedField.of(suffix, TRUSTED))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "declared {0} vs {1} + suffix {2}")
    @CsvSource(delimiter = '|', value = {
            "SAMPLE SR        | SAMPLE | JR",
            "SAMPLE JR        | SAMPLE | SR",
            "SAMPLE II        | SAMPLE | III",
            "SAMPLE II        | SAMPLE | JR",
            "SAMPLE 2ND       | SAMPLE | 3RD",
            "SAMPLE I         | SAMPLE | II",
            "SAMPLEJR         | SAMPLE | JR",
            "SAMPEL JR        | SAMPLE | JR",
            "JOHN JR          | SAMPLE | JR",
            "JR SAMPLE        | SAMPLE | JR",
            "SAMPLE JR JR     | SAMPLE | JR"})
    void neverLetsTheSuffixHideAMismatch(String declared, String last, String suffix) {
        assertThat(lastNameReason(declared, last, ExtractedField.of(suffix, TRUSTED)))
                .isEqualTo(MatchReason.DIFFERENT);
    }

    @ParameterizedTest(name = "declared {0} vs last name {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "SAMPLE JR        | SAMPLE JR     | EXACT",
            "SAMPLE JUNIOR    | SAMPLE JR     | EQUAL_AFTER_NORMALISATION",
            "SAMPLE JR        | SAMPLE, JR.   | EQUAL_AFTER_NORMALISATION",
            "SAMPLE III       | SAMPLE 3RD    | EQUAL_AFTER_NORMALISATION",
            "SAMPLE           | SAMPLE JR     | EQUAL_AFTER_NORMALISATION",
            "SAMPLE           | SAMPLE III    | EQUAL_AFTER_NORMALISATION",
            "SAMPLE SR        | SAMPLE JR     | DIFFERENT",
            "SAMPLE II        | SAMPLE III    | DIFFERENT",
            "SAMPLE JR        | SAMPLE        | DIFFERENT",
            "SAMPLE           | SAMPLE JONES  | DIFFERENT",
            "SAMPLE           | JR            | DIFFERENT"})
    void readsASuffixLeftInsideTheLastNameLikeTheSuffixField(String declared, String last, MatchReason expected) {
        var fields = licenceFields();
        fields.put(IdField.LAST_NAME, ExtractedField.of(last, TRUSTED));

        assertThat(reason(IdField.LAST_NAME, declared, fields)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "declared {0}, no {1} on the document")
    @CsvSource(delimiter = '|', value = {
            "NICK A     | MIDDLE_NAME",
            "NICK ALLEN | MIDDLE_NAME",
            "SAMPLE JR  | SUFFIX",
            "SAMPLE III | SUFFIX"})
    void reportsADeclaredPartTheDocumentDoesNotShowAsMismatch(String declared, IdField part) {
        IdField name = part == IdField.MIDDLE_NAME ? IdField.FIRST_NAME : IdField.LAST_NAME;
        var withoutPart = licenceFields();
        withoutPart.remove(part);
        var blankPart = licenceFields();
        blankPart.put(part, ExtractedField.of(" ", TRUSTED));

        assertThat(reason(name, declared, withoutPart)).isEqualTo(MatchReason.DIFFERENT);
        assertThat(reason(name, declared, blankPart)).isEqualTo(MatchReason.DIFFERENT);
    }

    @ParameterizedTest(name = "declared {0} vs {1} read with confidence {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "NICK A     | A   | 42    | LOW_CONFIDENCE",
            "NICK B     | A   | 42    | LOW_CONFIDENCE",
            "NICK A     | A   | 79.99 | LOW_CONFIDENCE",
            "NICK A     | A   | 80    | EQUAL_AFTER_NORMALISATION",
            "NICK       | A   | 42    | EXACT",
            "NICKY      | A   | 42    | DIFFERENT",
            "JOHN A     | A   | 42    | DIFFERENT",
            "NICK A     | .   | 97    | UNPARSEABLE_ON_DOCUMENT"})
    void leavesTheFirstNameUnreadableWhenOnlyAnUnreadableMiddleNameCouldDecide(String declared, String middle,
                                                                             double confidence,
                                                                             MatchReason expected) {
        assertThat(firstNameReason(declared, "NICK", ExtractedField.of(middle, confidence))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "declared {0} vs {1} read with confidence {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "SAMPLE JR  | JR  | 42    | LOW_CONFIDENCE",
            "SAMPLE SR  | JR  | 42    | LOW_CONFIDENCE",
            "SAMPLE     | JR  | 42    | EXACT",
            "SAMPLE JR  | JR  | 80    | EQUAL_AFTER_NORMALISATION",
            "SAMPEL JR  | JR  | 42    | DIFFERENT",
            "SAMPLE JR  | --  | 97    | UNPARSEABLE_ON_DOCUMENT"})
    void leavesTheLastNameUnreadableWhenOnlyAnUnreadableSuffixCouldDecide(String declared, String suffix,
                                                                        double confidence, MatchReason expected) {
        assertThat(lastNameReason(declared, "SAMPLE", ExtractedField.of(suffix, confidence))).isEqualTo(expected);
    }

    @Test
    void keepsEveryFieldOfSample8d247914ExactWhenTheLicenceShowsAMiddleNameAndSuffix() {
        var fields = licenceFields();
        fields.put(IdField.MIDDLE_NAME, ExtractedField.of("A", TRUSTED));
        fields.put(IdField.SUFFIX, ExtractedField.of("JR", TRUSTED));

        var matches = new DetailsMatcher(SampleLicence.CONFIDENCE_FLOOR)
                .compare(SampleLicence.details(declared8d247914()), SampleLicence.document(fields));

        assertThat(matches).extracting(FieldMatch::reason).containsOnly(MatchReason.EXACT);
    }

    @Test
    void neverConsultsTheMiddleNameOrSuffixForOtherFields() {
        var fields = licenceFields();
        fields.put(IdField.MIDDLE_NAME, ExtractedField.of("TALLAHASSEE", TRUSTED));
        fields.put(IdField.SUFFIX, ExtractedField.of("JR", TRUSTED));
        var values = declared8d247914();
        values.put(IdField.CITY_IN_ADDRESS, "TALLAHASSEE JR");

        assertThat(SampleLicence.reasonFor(IdField.CITY_IN_ADDRESS, values, fields)).isEqualTo(MatchReason.DIFFERENT);
    }

    @Test
    void printsNoNameInItsParts() {
        assertThat(new NamePart.Read("ALLEN")).hasToString("Read[***]");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "JR,     JR", "Jr.,    JR", "JUNIOR, JR", "junior, JR",
            "SR,     SR", "Sr.,    SR", "SENIOR, SR",
            "I,      I",  "1ST,    I",
            "II,     II", "2ND,    II", "2nd,    II",
            "III,    III", "3RD,   III",
            "IV,     IV", "4TH,    IV",
            "V,      V",  "5TH,    V",
            "VI,     VI", "6TH,    VI",
            "VII,    VII", "7TH,   VII",
            "VIII,   VIII", "8TH,  VIII",
            "IX,     IX", "9TH,    IX",
            "ESQ.,   ESQ", "X,     X", "10TH,  10TH", "JNR,   JNR"})
    void writesEveryAamvaSuffixSpellingInOneStandardForm(String spelling, String standard) {
        assertThat(NameSuffixes.normalize(spelling)).isEqualTo(standard);
    }

    private static MatchReason firstNameReason(String declared, String first, ExtractedField middle) {
        var fields = licenceFields();
        fields.put(IdField.FIRST_NAME, ExtractedField.of(first, TRUSTED));
        fields.put(IdField.MIDDLE_NAME, middle);
        return reason(IdField.FIRST_NAME, declared, fields);
    }

    private static MatchReason lastNameReason(String declared, String last, ExtractedField suffix) {
        var fields = licenceFields();
        fields.put(IdField.LAST_NAME, ExtractedField.of(last, TRUSTED));
        fields.put(IdField.SUFFIX, suffix);
        return reason(IdField.LAST_NAME, declared, fields);
    }

    private static MatchReason reason(IdField field, String declared,
                                      java.util.Map<IdField, ExtractedField> fields) {
        var values = declared8d247914();
        values.put(field, declared);
        return SampleLicence.reasonFor(field, values, fields);
    }
}
