package io.onboarding.domain.matching;

import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.IdField;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Florida specimen licence "NICK SAMPLE" as AnalyzeID reads it, and the details of sample packages 8d247914
 * (matching) and 7a135804 (mismatching). The reader's output is constructed from the documented sample facts,
 * not captured from the live service.
 */
final class SampleLicence {
    static final double CONFIDENCE_FLOOR = 80;

    private SampleLicence() {
    }

    /** The details CSV of 8d247914 (and 9c358026): identical to what is printed on the licence. */
    static Map<IdField, String> declared8d247914() {
        var values = new EnumMap<IdField, String>(IdField.class);
        values.put(IdField.FIRST_NAME, "NICK");
        values.put(IdField.LAST_NAME, "SAMPLE");
        values.put(IdField.CITY_IN_ADDRESS, "TALLAHASSEE");
        values.put(IdField.ZIP_CODE_IN_ADDRESS, "000001234");
        values.put(IdField.STATE_IN_ADDRESS, "FL");
        values.put(IdField.DOCUMENT_NUMBER, "S123456579010");
        values.put(IdField.DATE_OF_BIRTH, "01/12/1957");
        values.put(IdField.ADDRESS, "123 MAIN STREET");
        return values;
    }

    /** The details CSV of 7a135804: wrong last name, ZIP without its leading zeros, DOB without zero padding. */
    static Map<IdField, String> declared7a135804() {
        var values = declared8d247914();
        values.put(IdField.LAST_NAME, "JOHN");
        values.put(IdField.ZIP_CODE_IN_ADDRESS, "1234");
        values.put(IdField.DATE_OF_BIRTH, "1/12/1957");
        return values;
    }

    /** AnalyzeID's fields for the specimen licence, confidences between 95 and 99. */
    static Map<IdField, ExtractedField> licenceFields() {
        var fields = new EnumMap<IdField, ExtractedField>(IdField.class);
        fields.put(IdField.FIRST_NAME, ExtractedField.of("NICK", 98.6));
        fields.put(IdField.LAST_NAME, ExtractedField.of("SAMPLE", 98.9));
        fields.put(IdField.CITY_IN_ADDRESS, ExtractedField.of("TALLAHASSEE", 97.2));
        fields.put(IdField.ZIP_CODE_IN_ADDRESS, ExtractedField.of("000001234", 96.4));
        fields.put(IdField.STATE_IN_ADDRESS, ExtractedField.of("FL", 99.1));
        fields.put(IdField.DOCUMENT_NUMBER, ExtractedField.of("S123456579010", 95.3));
        fields.put(IdField.DATE_OF_BIRTH, ExtractedField.ofDate("01/12/1957", 97.8, LocalDate.of(1957, 1, 12)));
        fields.put(IdField.ADDRESS, ExtractedField.of("123 MAIN STREET", 96.0));
        fields.put(IdField.EXPIRATION_DATE, ExtractedField.ofDate("01/12/2027", 98.0, LocalDate.of(2027, 1, 12)));
        return fields;
    }

    static ApplicantDetails details(Map<IdField, String> values) {
        return ApplicantDetails.of(values);
    }

    static ExtractedIdDocument document(Map<IdField, ExtractedField> fields) {
        return ExtractedIdDocument.of(fields);
    }

    /** The reason one field gets when only that field differs from the matching sample. */
    static MatchReason reasonFor(IdField field, String declared, ExtractedField onDocument) {
        var values = declared8d247914();
        values.put(field, declared);
        var fields = licenceFields();
        fields.put(field, onDocument);
        return reasonFor(field, values, fields);
    }

    /** The reason for a text field read with high confidence. */
    static MatchReason reasonFor(IdField field, String declared, String documentText) {
        return reasonFor(field, declared, ExtractedField.of(documentText, 97.0));
    }

    static MatchReason reasonFor(IdField field, Map<IdField, String> declared, Map<IdField, ExtractedField> read) {
        return new DetailsMatcher(CONFIDENCE_FLOOR).compare(details(declared), document(read)).stream()
                .filter(match -> match.field() == field)
                .findFirst()
                .orElseThrow()
                .reason();
    }
}
