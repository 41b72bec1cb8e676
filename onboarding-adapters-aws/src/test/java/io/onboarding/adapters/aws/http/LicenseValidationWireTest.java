package io.onboarding.adapters.aws.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.adapters.aws.http.LicenseValidationWire.Problem;
import io.onboarding.adapters.aws.http.LicenseValidationWire.Request;
import io.onboarding.adapters.aws.http.LicenseValidationWire.RequestRead;
import io.onboarding.domain.model.LicenseValidation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseValidationWireTest {

    @Test
    void writesTheOriginalRequestBody() {
        String body = LicenseValidationWire.writeRequest(new Request("S123456579010", true));

        assertThat(body).isEqualTo("{\"driver_license_id\":\"S123456579010\",\"validation_override\":true}");
    }

    @Test
    void escapesTheLicenceNumberAsJson() {
        String body = LicenseValidationWire.writeRequest(new Request("A\"B\\C", false));

        assertThat(body).isEqualTo("{\"driver_license_id\":\"A\\\"B\\\\C\",\"validation_override\":false}");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "S123456579010 | true",
        "S123456579010 | false",
        "A\"B\\C/D     | true",
        "ÅÉ-ß 𝟙 日本   | false",
        "'  padded  '  | true"})
    void readsBackEveryRequestItWrites(String licenceId, boolean override) {
        Request written = new Request(licenceId, override);

        RequestRead read = LicenseValidationWire.readRequest(LicenseValidationWire.writeRequest(written));

        assertThat(read).isEqualTo(written);
    }

    @Test
    void readsTheOriginalSystemsBodyWithPythonsSpacingAndAnyKeyOrder() {
        RequestRead read = LicenseValidationWire.readRequest(
                "{\"validation_override\": false, \"driver_license_id\": \"S123456579010\"}");

        assertThat(read).isEqualTo(new Request("S123456579010", false));
    }

    @Test
    void readsABase64EncodedRequest() {
        String body = LicenseValidationWire.writeRequest(new Request("S1", true));

        RequestRead read = LicenseValidationWire.readBase64Request(
                Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).isEqualTo(new Request("S1", true));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "''                                                          | request body is missing",
        "'   '                                                       | request body is missing",
        "not json S999SECRET                                         | request body is not JSON",
        "{\"driver_license_id\":\"S999SECRET\"                       | request body is not JSON",
        "{\"driver_license_id\":\"S999SECRET\",\"validation_override\":true} {} | request body is not JSON",
        "[\"S999SECRET\", true]                                      | request body must be a JSON object",
        "\"S999SECRET\"                                              | request body must be a JSON object",
        "{\"validation_override\":true}                              | driver_license_id must be a non-blank string",
        "{\"driver_license_id\":\" \",\"validation_override\":true}  | driver_license_id must be a non-blank string",
        "{\"driver_license_id\":42,\"validation_override\":true}     | driver_license_id must be a non-blank string",
        "{\"driver_license_id\":null,\"validation_override\":true}   | driver_license_id must be a non-blank string",
        "{\"driver_license_id\":\"S999SECRET\"}                      | validation_override must be a boolean",
        "{\"driver_license_id\":\"S999SECRET\",\"validation_override\":\"true\"}"
                + " | validation_override must be a boolean",
        "{\"driver_license_id\":\"S999SECRET\",\"validation_override\":1} | validation_override must be a boolean"})
    void refusesAnyOtherRequestWithAFixedTextThatNeverQuotesTheBody(String body, String expected) {
        RequestRead read = LicenseValidationWire.readRequest(body);

        assertThat(read).isEqualTo(new Problem(expected));
        assertThat(LicenseValidationWire.writeProblem((Problem) read)).isEqualTo("{\"error\":\"" + expected + "\"}")
                .doesNotContain("S999SECRET");
    }

    @Test
    void refusesARequestLongerThanTheLimitUnread() {
        String body = "{\"driver_license_id\":\"" + "S".repeat(LicenseValidationWire.MAX_REQUEST_CHARS)
                + "\",\"validation_override\":true}";

        assertThat(LicenseValidationWire.readRequest(body)).isEqualTo(new Problem("request body is too large"));
    }

    @Test
    void refusesABodyThatIsNotBase64WhenBase64WasAnnounced() {
        assertThat(LicenseValidationWire.readBase64Request("{not base64}"))
                .isEqualTo(new Problem("request body is not valid base64"));
        assertThat(LicenseValidationWire.readBase64Request(""))
                .isEqualTo(new Problem("request body is missing"));
    }

    @Test
    void neverWritesARequestItWouldRefuse() {
        assertThatThrownBy(() -> new Request(" ", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Request(null, true)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void printsNoLicenceNumber() {
        assertThat(new Request("S123456579010", true).toString()).doesNotContain("S123").contains("true");
    }

    @ParameterizedTest
    @EnumSource(LicenseValidation.class)
    void readsBackEveryAnswerItWrites(LicenseValidation validation) {
        String body = LicenseValidationWire.writeAnswer(validation);

        assertThat(body).isEqualTo(validation.isValid() ? "true" : "false");
        assertThat(LicenseValidationWire.readAnswer(body)).contains(validation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", " true\n", "\ttrue "})
    void readsABareTrueAsValid(String body) {
        Optional<LicenseValidation> answer = LicenseValidationWire.readAnswer(body);

        assertThat(answer).contains(LicenseValidation.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", " false\r\n"})
    void readsABareFalseAsInvalid(String body) {
        Optional<LicenseValidation> answer = LicenseValidationWire.readAnswer(body);

        assertThat(answer).contains(LicenseValidation.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\"true\"", "\"false\"", "yes", "1", "0", "null", "True", "TRUE",
            "{\"valid\":true}", "[true]", "true false", "true,", "<html><body>OK</body></html>",
            "{\"statusCode\": 200, \"body\": true}"})
    void refusesAnythingButOneJsonBooleanAsAnAnswer(String body) {
        Optional<LicenseValidation> answer = LicenseValidationWire.readAnswer(body);

        assertThat(answer).isEmpty();
    }
}
