package io.onboarding.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.IdField;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three packages of the original project (test resources {@code samples/}) pass intake unchanged. */
class PackageReaderSamplesTest {
    private final PackageReader reader = new PackageReader(PackageLimits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"8d247914", "7a135804", "9c358026"})
    void acceptsSamplePackage(String sample) throws IOException {
        var id = ApplicationId.of(sample);

        ApplicationPackage result = read(id);

        assertThat(result.files()).extracting(PackageFile::name)
                .containsExactly(sample + "_details.csv", sample + "_selfie.png", sample + "_license.png");
        assertThat(result.license().type()).isEqualTo(DocumentType.PNG);
        assertThat(result.license().size()).isEqualTo(3_288_860);
        assertThat(result.applicant().value(IdField.FIRST_NAME)).isEqualTo("NICK");
    }

    @Test
    void readsTheMatchingSampleDetails() throws IOException {
        ApplicationPackage result = read(ApplicationId.of("8d247914"));

        assertThat(result.applicant().asMap()).containsEntry(IdField.LAST_NAME, "SAMPLE")
                .containsEntry(IdField.ZIP_CODE_IN_ADDRESS, "000001234")
                .containsEntry(IdField.DOCUMENT_NUMBER, "S123456579010")
                .containsEntry(IdField.DATE_OF_BIRTH, "01/12/1957")
                .containsEntry(IdField.ADDRESS, "123 MAIN STREET");
        assertThat(new String(result.details().content(), StandardCharsets.UTF_8))
                .startsWith("FIRST_NAME,LAST_NAME,").endsWith("123 MAIN STREET\r\n");
    }

    @Test
    void readsTheMismatchingSampleDetailsAsWritten() throws IOException {
        ApplicationPackage result = read(ApplicationId.of("7a135804"));

        assertThat(result.applicant().asMap()).containsEntry(IdField.LAST_NAME, "JOHN")
                .containsEntry(IdField.ZIP_CODE_IN_ADDRESS, "1234")
                .containsEntry(IdField.DATE_OF_BIRTH, "1/12/1957");
    }

    private ApplicationPackage read(ApplicationId id) throws IOException {
        try (InputStream zip = PackageReaderSamplesTest.class.getResourceAsStream("/samples/" + id + ".zip")) {
            assertThat(zip).as("sample %s on the test classpath", id).isNotNull();
            return reader.read(id, zip);
        }
    }
}
