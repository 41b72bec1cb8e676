package io.onboarding.adapters.local.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.adapters.local.testing.MapDocuments;
import io.onboarding.adapters.local.testing.SampleImages;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.UnsupportedDocument;
import io.onboarding.domain.port.DocumentNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offline OCR on the sample licence, on a drawn licence with other values, and on things that are no licence. */
class TesseractIdDocumentReaderTest {
    private static final double TRUSTED = 80;   // KycPolicy's default confidence floor

    private static MapDocuments documents;
    private static TesseractIdDocumentReader reader;
    private static ExtractedIdDocument sample;

    @BeforeAll
    static void readTheSampleLicenceOnce() {
        documents = new MapDocuments()
                .with("licence.png", SampleImages.licence(SampleImages.APPROVED))
                .with("synthetic.png", SyntheticLicence.png())
                .with("selfie.png", SampleImages.selfie(SampleImages.APPROVED))
                .with("invoice.png", SyntheticLicence.invoicePng())
                .with("garbage.png", "not an image at all".getBytes(StandardCharsets.US_ASCII));
        reader = new TesseractIdDocumentReader(documents);
        sample = (ExtractedIdDocument) reader.read(documents.ref("licence.png"));
    }

    @AfterAll
    static void releaseTheEngines() {
        reader.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "FIRST_NAME, NICK",
        "LAST_NAME, SAMPLE",
        "ADDRESS, 123 MAIN STREET",
        "CITY_IN_ADDRESS, TALLAHASSEE",
        "STATE_IN_ADDRESS, FL",
        "ZIP_CODE_IN_ADDRESS, 000001234",
        "DOCUMENT_NUMBER, S123456579010",
        "DATE_OF_BIRTH, 01/12/1957",
        "EXPIRATION_DATE, 01/12/2027",
        "DATE_OF_ISSUE, 07/27/2019"
    })
    void readsEachFieldOfTheSampleLicenceAsAnalyzeIdWould(IdField field, String expected) {
        ExtractedField read = sample.field(field).orElseThrow(() -> new AssertionError(field + " not read"));

        assertThat(read.text()).isEqualTo(expected);
        assertThat(read.confidence()).isGreaterThanOrEqualTo(TRUSTED);
    }

    @Test
    void normalisesTheSampleLicenceDates() {
        assertThat(sample.field(IdField.DATE_OF_BIRTH).flatMap(ExtractedField::normalizedDate))
                .contains(LocalDate.of(1957, 1, 12));
        assertThat(sample.field(IdField.EXPIRATION_DATE).flatMap(ExtractedField::normalizedDate))
                .contains(LocalDate.of(2027, 1, 12));
        assertThat(sample.field(IdField.DATE_OF_ISSUE).flatMap(ExtractedField::normalizedDate))
                .contains(LocalDate.of(2019, 7, 27));
    }

    @Test
    void inventsNoMiddleNameForTheSampleLicence() {
        assertThat(sample.field(IdField.MIDDLE_NAME)).isEmpty();
    }

    @Test
    void readsALicenceDrawnWithOtherValues() {
        IdExtraction extraction = reader.read(documents.ref("synthetic.png"));

        assertThat(extraction).isInstanceOf(ExtractedIdDocument.class);
        ExtractedIdDocument document = (ExtractedIdDocument) extraction;
        assertThat(texts(document)).containsEntry(IdField.LAST_NAME, SyntheticLicence.FAMILY_NAME)
                .containsEntry(IdField.FIRST_NAME, "ANA")
                .containsEntry(IdField.MIDDLE_NAME, "MARIA")
                .containsEntry(IdField.ADDRESS, SyntheticLicence.STREET)
                .containsEntry(IdField.CITY_IN_ADDRESS, SyntheticLicence.CITY)
                .containsEntry(IdField.STATE_IN_ADDRESS, SyntheticLicence.STATE)
                .containsEntry(IdField.ZIP_CODE_IN_ADDRESS, "627040001")
                .containsEntry(IdField.DOCUMENT_NUMBER, "R41277890365")
                .containsEntry(IdField.DATE_OF_BIRTH, SyntheticLicence.BIRTH)
                .containsEntry(IdField.EXPIRATION_DATE, SyntheticLicence.EXPIRY)
                .containsEntry(IdField.DATE_OF_ISSUE, SyntheticLicence.ISSUE);
        assertThat(document.field(IdField.DATE_OF_ISSUE).flatMap(ExtractedField::normalizedDate))
                .contains(LocalDate.of(2023, 2, 15));
        assertThat(document.fields().values()).allSatisfy(f -> assertThat(f.confidence()).isGreaterThan(TRUSTED));
    }

    @Test
    void reportsAPhotoWithoutLicenceLayoutAsUnsupported() {
        IdExtraction extraction = reader.read(documents.ref("selfie.png"));

        assertThat(extraction).isEqualTo(new UnsupportedDocument(LicenceReading.NO_LICENCE_LAYOUT));
    }

    @Test
    void reportsADocumentWithNumbersAndDatesButNoLicenceLayoutAsUnsupported() {
        IdExtraction extraction = reader.read(documents.ref("invoice.png"));

        assertThat(extraction).isEqualTo(new UnsupportedDocument(LicenceReading.NO_LICENCE_LAYOUT));
    }

    @Test
    void reportsBytesThatAreNoImageAsUnsupported() {
        IdExtraction extraction = reader.read(documents.ref("garbage.png"));

        assertThat(extraction).isEqualTo(new UnsupportedDocument(TesseractIdDocumentReader.UNREADABLE_IMAGE));
    }

    @Test
    void letsAMissingDocumentFailAsTheStoreReportsIt() {
        assertThatThrownBy(() -> reader.read(documents.ref("missing.png")))
                .isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    void givesTheSameAnswersFromFourThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<IdExtraction>> reads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String key = i % 2 == 0 ? "licence.png" : "synthetic.png";
                reads.add(pool.submit(() -> reader.read(documents.ref(key))));
            }
            IdExtraction synthetic = reader.read(documents.ref("synthetic.png"));

            for (int i = 0; i < reads.size(); i++) {
                assertThat(reads.get(i).get()).isEqualTo(i % 2 == 0 ? sample : synthetic);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesToReadOnceClosed() {
        TesseractIdDocumentReader closed = new TesseractIdDocumentReader(documents);
        closed.close();

        assertThatThrownBy(() -> closed.read(documents.ref("licence.png"))).isInstanceOf(IllegalStateException.class);
    }

    private static Map<IdField, String> texts(ExtractedIdDocument document) {
        Map<IdField, String> texts = new EnumMap<>(IdField.class);
        document.fields().forEach((field, value) -> texts.put(field, value.text()));
        return texts;
    }
}
