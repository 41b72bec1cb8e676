package io.onboarding.adapters.aws.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.LicenseValidation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorProtocolTest {

    @Test
    void writesTheOriginalRequestBody() {
        String body = ValidatorProtocol.requestBody("S123456579010", true);

        assertThat(body).isEqualTo("{\"driver_license_id\":\"S123456579010\",\"validation_override\":true}");
    }

    @Test
    void escapesTheLicenceNumberAsJson() {
        String body = ValidatorProtocol.requestBody("A\"B\\C", false);

        assertThat(body).isEqualTo("{\"driver_license_id\":\"A\\\"B\\\\C\",\"validation_override\":false}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", " true\n", "\ttrue "})
    void readsABareTrueAsValid(String body) {
        Optional<LicenseValidation> answer = ValidatorProtocol.parseAnswer(body);

        assertThat(answer).contains(LicenseValidation.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", " false\r\n"})
    void readsABareFalseAsInvalid(String body) {
        Optional<LicenseValidation> answer = ValidatorProtocol.parseAnswer(body);

        assertThat(answer).contains(LicenseValidation.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\"true\"", "\"false\"", "yes", "1", "0", "null", "True", "TRUE",
            "{\"valid\":true}", "[true]", "true false", "true,", "<html><body>OK</body></html>",
            "{\"statusCode\": 200, \"body\": true}"})
    void refusesAnythingButOneJsonBoolean(String body) {
        Optional<LicenseValidation> answer = ValidatorProtocol.parseAnswer(body);

        assertThat(answer).isEmpty();
    }
}
