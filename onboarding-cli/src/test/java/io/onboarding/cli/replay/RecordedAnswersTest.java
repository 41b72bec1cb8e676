package io.onboarding.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.cli.Fixtures;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.UnsupportedDocument;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recorded wire-format answers, through the real SDK clients and the AWS adapters' mapping. */
class RecordedAnswersTest {
    private static final DocumentRef SELFIE = new DocumentRef("unzipped/8d247914_selfie.png");
    private static final DocumentRef LICENCE = new DocumentRef("unzipped/8d247914_license.png");

    @TempDir
    Path temp;

    private FaceComparison compare(String recording) {
        try (var faces = RecordedFaceComparator.fromFile(Fixtures.recorded(temp, recording))) {
            return faces.compare(SELFIE, LICENCE, 80);
        }
    }

    private IdExtraction read(String recording) {
        try (var reader = RecordedIdDocumentReader.fromFile(Fixtures.recorded(temp, recording))) {
            return reader.read(LICENCE);
        }
    }

    @Test
    void replaysTheBestSimilarityAndEveryFaceOnTheLicence() {
        assertThat(compare(Fixtures.FACES_MATCH)).isEqualTo(new FacesCompared(99.40717f, 2));
        assertThat(compare(Fixtures.FACES_DIFFERENT)).isEqualTo(new FacesCompared(0, 2));
        assertThat(compare("rekognition/compare-faces-no-face-on-document.json")).isEqualTo(new NoFaceOnDocument());
    }

    @Test
    void replaysTheLicenceFieldsWithConfidencesAndNormalisedDates() {
        var document = (ExtractedIdDocument) read(Fixtures.SAMPLE_LICENCE);

        assertThat(document.field(IdField.LAST_NAME)).contains(ExtractedField.of("SAMPLE", 98.9102f));
        assertThat(document.field(IdField.DATE_OF_BIRTH).orElseThrow().normalizedDate())
                .contains(LocalDate.of(1957, 1, 12));
        assertThat(document.field(IdField.MIDDLE_NAME)).as("empty on the card").isEmpty();
    }

    @Test
    void dropsANormalisedValueWhoseTypeIsMiscased() {
        var document = (ExtractedIdDocument) read("textract/analyze-id-sample-licence-miscased-value-type.json");

        assertThat(document.field(IdField.DATE_OF_BIRTH).orElseThrow().normalizedDate()).isEmpty();
    }

    @Test
    void replaysAnswersWithoutADocumentAndUnsupportedDocumentErrorsAsOutcomes() {
        assertThat(read("textract/analyze-id-no-document.json"))
                .isEqualTo(new UnsupportedDocument("NoIdentityDocument"));
        assertThat(read("textract/error-unsupported-document.json"))
                .isEqualTo(new UnsupportedDocument("UnsupportedDocumentException"));
    }

    @Test
    void replaysThrottlingAsATransientFailure() {
        assertThatThrownBy(() -> read("textract/error-throttling.json"))
                .isInstanceOf(TransientDependencyException.class)
                .hasMessageContaining("textract");
        assertThatThrownBy(() -> compare("rekognition/error-internal-server-error.json"))
                .isInstanceOf(TransientDependencyException.class);
    }

    @Test
    void cannotTellWhichImageHasNoFaceWithoutARecordedDetectFaces() {
        assertThatThrownBy(() -> compare("rekognition/error-invalid-parameter-no-face.json"))
                .isInstanceOf(DependencyException.class)
                .isNotInstanceOf(TransientDependencyException.class)
                .hasMessageContaining("DetectFaces");
    }

    @Test
    void refusesAFileThatIsNotARecordedAnswerOfTheOperation() {
        Path licence = Fixtures.recorded(temp, Fixtures.SAMPLE_LICENCE);
        Path faces = Fixtures.recorded(temp, Fixtures.FACES_MATCH);

        assertThatThrownBy(() -> RecordedFaceComparator.fromFile(licence))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CompareFaces");
        assertThatThrownBy(() -> RecordedIdDocumentReader.fromFile(faces))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AnalyzeID");
    }
}
