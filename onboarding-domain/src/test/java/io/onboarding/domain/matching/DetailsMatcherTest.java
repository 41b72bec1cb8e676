package io.onboarding.domain.matching;

import static io.onboarding.domain.matching.SampleLicence.CONFIDENCE_FLOOR;
import static io.onboarding.domain.matching.SampleLicence.declared7a135804;
import static io.onboarding.domain.matching.SampleLicence.declared8d247914;
import static io.onboarding.domain.matching.SampleLicence.details;
import static io.onboarding.domain.matching.SampleLicence.document;
import static io.onboarding.domain.matching.SampleLicence.licenceFields;
import static io.onboarding.domain.matching.SampleLicence.reasonFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.IdField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetailsMatcherTest {
    private final DetailsMatcher matcher = new DetailsMatcher(CONFIDENCE_FLOOR);

    @Test
    void matchesEveryFieldOfSample8d247914Exactly() {
        var matches = matcher.compare(details(declared8d247914()), document(licenceFields()));

        assertThat(matches).extracting(FieldMatch::outcome).containsOnly(MatchOutcome.MATCH);
        assertThat(matches).extracting(FieldMatch::reason).containsOnly(MatchReason.EXACT);
    }

    @Test
    void reportsLastNameMismatchForSample7a135804() {
        var matches = matcher.compare(details(declared7a135804()), document(licenceFields()));

        assertThat(matches).contains(new FieldMatch(IdField.LAST_NAME, MatchReason.DIFFERENT));
        assertThat(matches).filteredOn(match -> match.field() == IdField.LAST_NAME)
                .extracting(FieldMatch::outcome).containsExactly(MatchOutcome.MISMATCH);
    }

    static Stream<Arguments> sample7a135804() {
        return Stream.of(
                Arguments.of(IdField.FIRST_NAME, MatchReason.EXACT),
                Arguments.of(IdField.LAST_NAME, MatchReason.DIFFERENT),
                Arguments.of(IdField.CITY_IN_ADDRESS, MatchReason.EXACT),
                Arguments.of(IdField.ZIP_CODE_IN_ADDRESS, MatchReason.DECLARED_INVALID),
                Arguments.of(IdField.STATE_IN_ADDRESS, MatchReason.EXACT),
                Arguments.of(IdField.DOCUMENT_NUMBER, MatchReason.EXACT),
                Arguments.of(IdField.DATE_OF_BIRTH, MatchReason.EQUAL_AFTER_NORMALISATION),
                Arguments.of(IdField.ADDRESS, MatchReason.EXACT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("sample7a135804")
    void explainsEachFieldOfSample7a135804(IdField field, MatchReason expected) {
        var matches = matcher.compare(details(declared7a135804()), document(licenceFields()));

        assertThat(matches).contains(new FieldMatch(field, expected));
    }

    @Test
    void returnsOneImmutableMatchPerApplicantFieldInCsvOrder() {
        var matches = matcher.compare(details(declared8d247914()), document(licenceFields()));

        assertThat(matches).extracting(FieldMatch::field).containsExactlyElementsOf(IdField.APPLICANT_FIELDS);
        assertThatThrownBy(() -> matches.add(matches.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void hasExactlyOneRulePerApplicantField() {
        assertThat(DetailsMatcher.RULES.keySet()).containsExactlyInAnyOrderElementsOf(IdField.APPLICANT_FIELDS);
    }

    /** Document checks come before the declared value: an unreadable document wins over an empty declaration. */
    static Stream<Arguments> genericChecks() {
        ExtractedField confident = ExtractedField.of("NICK", 97);
        ExtractedField blank = ExtractedField.of("  ", 97);
        ExtractedField unsure = ExtractedField.of("NICK", 42);
        return Stream.of(
                Arguments.of("missing on document", "NICK", Optional.empty(), MatchReason.MISSING_ON_DOCUMENT),
                Arguments.of("missing, declared empty", "", Optional.empty(), MatchReason.MISSING_ON_DOCUMENT),
                Arguments.of("blank on document", "NICK", Optional.of(blank), MatchReason.EMPTY_ON_DOCUMENT),
                Arguments.of("empty on document", "NICK", Optional.of(ExtractedField.of("", 97)),
                        MatchReason.EMPTY_ON_DOCUMENT),
                Arguments.of("no-break space only on document", "NICK",
                        Optional.of(ExtractedField.of("\u00A0", 97)), MatchReason.EMPTY_ON_DOCUMENT),
                Arguments.of("empty on both sides", "", Optional.of(blank), MatchReason.EMPTY_ON_DOCUMENT),
                Arguments.of("blank text read with low confidence", "NICK",
                        Optional.of(ExtractedField.of(" ", 10)), MatchReason.EMPTY_ON_DOCUMENT),
                Arguments.of("low confidence", "NICK", Optional.of(unsure), MatchReason.LOW_CONFIDENCE),
                Arguments.of("low confidence, declared empty", "", Optional.of(unsure), MatchReason.LOW_CONFIDENCE),
                Arguments.of("declared empty", "", Optional.of(confident), MatchReason.DECLARED_EMPTY),
                Arguments.of("declared no-break space", "\u00A0\u2007", Optional.of(confident),
                        MatchReason.DECLARED_EMPTY),
                Arguments.of("both readable and equal", "NICK", Optional.of(confident), MatchReason.EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genericChecks")
    void appliesGenericChecksDocumentFirstThenDeclared(String description, String declared,
                                                        Optional<ExtractedField> onDocument, MatchReason expected) {
        var values = declared8d247914();
        values.put(IdField.FIRST_NAME, declared);
        var fields = licenceFields();
        fields.remove(IdField.FIRST_NAME);
        onDocument.ifPresent(field -> fields.put(IdField.FIRST_NAME, field));

        assertThat(reasonFor(IdField.FIRST_NAME, values, fields)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: declared empty -> {1}")
    @EnumSource(value = IdField.class, names = {"FIRST_NAME", "LAST_NAME", "CITY_IN_ADDRESS",
            "ZIP_CODE_IN_ADDRESS", "STATE_IN_ADDRESS", "DOCUMENT_NUMBER", "DATE_OF_BIRTH", "ADDRESS"})
    void neverMatchesAnEmptyDeclarationInAnyField(IdField field) {
        var values = declared8d247914();
        values.put(field, "");

        var matches = matcher.compare(details(values), document(licenceFields()));

        assertThat(matches).contains(new FieldMatch(field, MatchReason.DECLARED_EMPTY));
    }

    @ParameterizedTest(name = "confidence {0} -> {1}")
    @CsvSource({
            "0,      LOW_CONFIDENCE",
            "79.99,  LOW_CONFIDENCE",
            "80,     EXACT",
            "80.01,  EXACT",
            "100,    EXACT"})
    void trustsDocumentFieldsReadAtOrAboveTheFloor(double confidence, MatchReason expected) {
        assertThat(reasonFor(IdField.LAST_NAME, "SAMPLE", ExtractedField.of("SAMPLE", confidence)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 100.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesConfidenceFloorOutsideZeroToHundred(double floor) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DetailsMatcher(floor));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 100})
    void acceptsConfidenceFloorAtTheBounds(double floor) {
        var matches = new DetailsMatcher(floor).compare(details(declared8d247914()), document(licenceFields()));

        assertThat(matches).hasSize(IdField.APPLICANT_FIELDS.size());
    }

    static Stream<Arguments> expirationDates() {
        LocalDate expiry = LocalDate.of(2027, 1, 12);
        return Stream.of(
                Arguments.of("normalised value", Optional.of(ExtractedField.ofDate("01/12/2027", 98, expiry)),
                        Optional.of(expiry)),
                Arguments.of("normalised value preferred over the text",
                        Optional.of(ExtractedField.ofDate("JAN 12 2027", 98, expiry)), Optional.of(expiry)),
                Arguments.of("normalised value with blank text", Optional.of(ExtractedField.ofDate("", 98, expiry)),
                        Optional.of(expiry)),
                Arguments.of("text read month first", Optional.of(ExtractedField.of("01/12/2027", 98)),
                        Optional.of(expiry)),
                Arguments.of("text with the month as a word", Optional.of(ExtractedField.of("JAN 12, 2027", 98)),
                        Optional.of(expiry)),
                Arguments.of("impossible date with the month as a word",
                        Optional.of(ExtractedField.of("FEB 30 2027", 98)), Optional.empty()),
                Arguments.of("confidence at the floor", Optional.of(ExtractedField.of("01/12/2027", 80)),
                        Optional.of(expiry)),
                Arguments.of("confidence below the floor", Optional.of(ExtractedField.ofDate("01/12/2027", 79, expiry)),
                        Optional.empty()),
                Arguments.of("unreadable text", Optional.of(ExtractedField.of("01/1?/2027", 98)), Optional.empty()),
                Arguments.of("impossible date", Optional.of(ExtractedField.of("02/30/2027", 98)), Optional.empty()),
                Arguments.of("blank text", Optional.of(ExtractedField.of(" ", 98)), Optional.empty()),
                Arguments.of("not on the document", Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expirationDates")
    void readsTheExpirationDateOnlyWhenTrustworthy(String description, Optional<ExtractedField> onDocument,
                                                   Optional<LocalDate> expected) {
        var fields = licenceFields();
        fields.remove(IdField.EXPIRATION_DATE);
        onDocument.ifPresent(field -> fields.put(IdField.EXPIRATION_DATE, field));

        assertThat(matcher.expirationDate(document(fields))).isEqualTo(expected);
    }

    @Test
    void givesTheSameAnswersWhenSharedBetweenThreads() throws Exception {
        var expected = matcher.compare(details(declared7a135804()), document(licenceFields()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<List<FieldMatch>>>();
            for (int i = 0; i < 200; i++) {
                tasks.add(() -> matcher.compare(details(declared7a135804()), document(licenceFields())));
            }

            var answers = new ArrayList<List<FieldMatch>>();
            for (Future<List<FieldMatch>> answer : pool.invokeAll(tasks)) {
                answers.add(answer.get());
            }

            assertThat(answers).containsOnly(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
