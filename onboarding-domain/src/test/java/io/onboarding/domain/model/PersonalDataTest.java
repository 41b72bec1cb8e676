package io.onboarding.domain.model;

import static io.onboarding.domain.testing.TestApplications.anApplicant;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.port.LicenseCheckRequest;
import org.junit.jupiter.api.Test;

/** Types that carry personal data print none of it. */
class PersonalDataTest {
    private static final String[] SAMPLE_VALUES = {
        "NICK", "SAMPLE", "TALLAHASSEE", "000001234", "S123456579010", "01/12/1957", "1957", "MAIN"};

    @Test
    void applicantDetailsPrintNoValues() {
        assertThat(anApplicant().build().toString()).doesNotContain(SAMPLE_VALUES);
    }

    @Test
    void extractedDocumentPrintsFieldNamesOnly() {
        String printed = theSampleLicence().build().toString();

        assertThat(printed).doesNotContain(SAMPLE_VALUES).contains("FIRST_NAME");
        assertThat(ExtractedField.of("NICK", 99).toString()).doesNotContain("NICK");
    }

    @Test
    void licenceCheckRequestPrintsNoLicenceNumber() {
        var request = new LicenseCheckRequest("S123456579010", true, ApplicationId.of("8d247914"));

        assertThat(request.toString()).doesNotContain("S123").contains("8d247914");
    }
}
