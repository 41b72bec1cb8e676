package io.onboarding.domain.model;

import java.util.List;

/**
 * Fields of a US identity document, named as Amazon Textract AnalyzeID names them. The first eight are also
 * the columns of the applicant's details CSV, in the CSV's order.
 */
public enum IdField {
    FIRST_NAME,
    LAST_NAME,
    CITY_IN_ADDRESS,
    ZIP_CODE_IN_ADDRESS,
    STATE_IN_ADDRESS,
    DOCUMENT_NUMBER,
    DATE_OF_BIRTH,
    ADDRESS,
    MIDDLE_NAME,
    SUFFIX,
    STATE_NAME,
    EXPIRATION_DATE,
    DATE_OF_ISSUE,
    ID_TYPE,
    ENDORSEMENTS,
    VETERAN,
    RESTRICTIONS,
    CLASS,
    COUNTY,
    PLACE_OF_BIRTH,
    MRZ_CODE;

    /** The columns of the details CSV, in the order the mobile app writes them. */
    public static final List<IdField> APPLICANT_FIELDS = List.of(
            FIRST_NAME, LAST_NAME, CITY_IN_ADDRESS, ZIP_CODE_IN_ADDRESS,
            STATE_IN_ADDRESS, DOCUMENT_NUMBER, DATE_OF_BIRTH, ADDRESS);

    /** The field for an AnalyzeID type name, if it is one we know. */
    public static java.util.Optional<IdField> fromName(String name) {
        for (IdField field : values()) {
            if (field.name().equals(name)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }
}
