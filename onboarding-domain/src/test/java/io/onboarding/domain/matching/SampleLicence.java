package io.onboarding.domain.matching;

import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.testing.TestApplications;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Florida specimen licence "NICK SAMPLE" as AnalyzeID reads it, and the details of sample packages 8d247914
 * (matching) and 7a135804 (mismatching), as mutable maps for table-driven variations of
 * {@link TestApplications}' fixtures.
 */
final class SampleLicence {
    static final double CONFIDENCE_FLOOR = 80;

    private SampleLicence() {
    }

    /** The details CSV of 8d247914 (and 9c358026): identical to what is printed on the licence. */
    static Map<IdField, String> declared8d247914() {
        return new EnumMap<>(TestApplications.anApplicant().build().asMap());
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
        return new EnumMap<>(TestApplications.theSampleLicence().build().fields());
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
