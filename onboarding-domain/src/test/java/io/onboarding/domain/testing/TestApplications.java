package io.onboarding.domain.testing;

import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.IdField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Test data: the sample applicant's declared details, and the fields Textract AnalyzeID returns for the sample
 * Florida specimen licence. The extraction is constructed from the values in the project notes (the original
 * system's exact-equality check passing proves them), not captured from the live service.
 */
public final class TestApplications {
    public static final String SAMPLE_APPROVED = "8d247914";
    public static final String SAMPLE_DETAILS_MISMATCH = "7a135804";
    public static final String SAMPLE_FACE_MISMATCH = "9c358026";

    private TestApplications() {
    }

    /** Builder for declared details, starting from the sample applicant NICK SAMPLE. */
    public static DetailsBuilder anApplicant() {
        return new DetailsBuilder();
    }

    /** Builder for an extraction, starting from what AnalyzeID reads on the sample licence. */
    public static ExtractionBuilder theSampleLicence() {
        return new ExtractionBuilder();
    }

    /** The bytes of one of the sample packages in {@code UnitTests/}. */
    public static byte[] samplePackage(String id) {
        try (InputStream in = TestApplications.class.getResourceAsStream("/samples/" + id + ".zip")) {
            if (in == null) {
                throw new IllegalStateException("sample package " + id + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sample package {@code id} under another application id, its entries renamed to match; contents unchanged. */
    public static byte[] samplePackageAs(String id, String newId) {
        return renamed(samplePackage(id), id, newId);
    }

    /** {@code zip} with {@code id} replaced by {@code newId} in every entry name; contents unchanged. */
    public static byte[] renamed(byte[] zip, String id, String newId) {
        var bytes = new ByteArrayOutputStream(zip.length);
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName().replace(id, newId)));
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static final class DetailsBuilder {
        private final Map<IdField, String> values = new EnumMap<>(IdField.class);

        private DetailsBuilder() {
            values.put(IdField.FIRST_NAME, "NICK");
            values.put(IdField.LAST_NAME, "SAMPLE");
            values.put(IdField.CITY_IN_ADDRESS, "TALLAHASSEE");
            values.put(IdField.ZIP_CODE_IN_ADDRESS, "000001234");
            values.put(IdField.STATE_IN_ADDRESS, "FL");
            values.put(IdField.DOCUMENT_NUMBER, "S123456579010");
            values.put(IdField.DATE_OF_BIRTH, "01/12/1957");
            values.put(IdField.ADDRESS, "123 MAIN STREET");
        }

        public DetailsBuilder with(IdField field, String value) {
            values.put(field, value);
            return this;
        }

        public ApplicantDetails build() {
            return ApplicantDetails.of(values);
        }
    }

    public static final class ExtractionBuilder {
        private final Map<IdField, ExtractedField> fields = new EnumMap<>(IdField.class);

        private ExtractionBuilder() {
            fields.put(IdField.FIRST_NAME, ExtractedField.of("NICK", 98.6));
            fields.put(IdField.LAST_NAME, ExtractedField.of("SAMPLE", 98.9));
            fields.put(IdField.CITY_IN_ADDRESS, ExtractedField.of("TALLAHASSEE", 97.8));
            fields.put(IdField.ZIP_CODE_IN_ADDRESS, ExtractedField.of("000001234", 96.4));
            fields.put(IdField.STATE_IN_ADDRESS, ExtractedField.of("FL", 98.1));
            fields.put(IdField.DOCUMENT_NUMBER, ExtractedField.of("S123456579010", 95.2));
            fields.put(IdField.DATE_OF_BIRTH, ExtractedField.ofDate("01/12/1957", 97.5, LocalDate.of(1957, 1, 12)));
            fields.put(IdField.ADDRESS, ExtractedField.of("123 MAIN STREET", 96.9));
            fields.put(IdField.EXPIRATION_DATE, ExtractedField.ofDate("01/12/2027", 97.3, LocalDate.of(2027, 1, 12)));
            fields.put(IdField.DATE_OF_ISSUE, ExtractedField.ofDate("07/27/2019", 96.0, LocalDate.of(2019, 7, 27)));
        }

        public ExtractionBuilder with(IdField field, ExtractedField value) {
            fields.put(field, value);
            return this;
        }

        public ExtractionBuilder without(IdField field) {
            fields.remove(field);
            return this;
        }

        public ExtractedIdDocument build() {
            return ExtractedIdDocument.of(fields);
        }
    }
}
