package io.onboarding.adapters.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.LicenseCheckRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseCheckMessagesTest {
    private static final String SAMPLE_BODY =
            "{\"driver_license_id\":\"S123456579010\",\"validation_override\":true,\"uuid\":\"8d247914\"}";

    @Test
    void writesTheOriginalSystemsBodyWithItsKeyOrder() {
        var request = new LicenseCheckRequest("S123456579010", true, ApplicationId.of("8d247914"));

        String body = LicenseCheckMessages.format(request);

        assertThat(body).isEqualTo(SAMPLE_BODY);
    }

    @Test
    void escapesWhatJsonRequires() {
        var request = new LicenseCheckRequest("S1\"2\\3", false, ApplicationId.of("a-1"));

        String body = LicenseCheckMessages.format(request);

        assertThat(body).isEqualTo("{\"driver_license_id\":\"S1\\\"2\\\\3\",\"validation_override\":false,"
                + "\"uuid\":\"a-1\"}");
        assertThat(LicenseCheckMessages.parse(body).request()).isEqualTo(request);
    }

    @Test
    void readsTheOriginalSystemsBodyIncludingPythonsSpacing() {
        String pythonJsonDumps = "{\"driver_license_id\": \"S123456579010\", \"validation_override\": true, "
                + "\"uuid\": \"8d247914\"}";

        LicenseCheckRequest request = LicenseCheckMessages.parse(pythonJsonDumps).request();

        assertThat(request).isEqualTo(new LicenseCheckRequest("S123456579010", true, ApplicationId.of("8d247914")));
    }

    @Test
    void readsFieldsInAnyOrder() {
        String body = "{\"uuid\":\"8d247914\",\"validation_override\":false,\"driver_license_id\":\"S1\"}";

        LicenseCheckRequest request = LicenseCheckMessages.parse(body).request();

        assertThat(request).isEqualTo(new LicenseCheckRequest("S1", false, ApplicationId.of("8d247914")));
    }

    @Test
    void readsNoTaskTokenFromTheOriginalSystemsBody() {
        assertThat(LicenseCheckMessages.parse(SAMPLE_BODY).taskToken()).isEmpty();
    }

    @Test
    void writesTheTaskTokenAfterTheOriginalSystemsThreeKeys() {
        var request = new LicenseCheckRequest("S123456579010", true, ApplicationId.of("8d247914"));

        String body = LicenseCheckMessages.format(request, "AQCEAAAAKgAAAAMAAAAA+/token==");

        assertThat(body).isEqualTo(SAMPLE_BODY.substring(0, SAMPLE_BODY.length() - 1)
                + ",\"task_token\":\"AQCEAAAAKgAAAAMAAAAA+/token==\"}");
        LicenseCheckMessage read = LicenseCheckMessages.parse(body);
        assertThat(read.request()).isEqualTo(request);
        assertThat(read.taskToken()).contains("AQCEAAAAKgAAAAMAAAAA+/token==");
    }

    @Test
    void printsNeitherTheLicenceNumberNorTheToken() {
        String body = SAMPLE_BODY.replace("}", ",\"task_token\":\"SECRET-TOKEN\"}");

        LicenseCheckMessage message = LicenseCheckMessages.parse(body);

        assertThat(message.toString()).contains("8d247914").doesNotContain("S123456579010", "SECRET-TOKEN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "not JSON                  | S999SECRET                                                                  | body is not valid JSON (line 1, column 1)",
            "empty                     | ``                                                                          | body is not a JSON object",
            "an array                  | [\"S999SECRET\"]                                                           | body is not a JSON object",
            "a string                  | \"S999SECRET\"                                                             | body is not a JSON object",
            "two objects               | {\"uuid\":\"a\"} {\"uuid\":\"S999SECRET\"}                                | body is not valid JSON",
            "truncated                 | {\"driver_license_id\":\"S999SECRET\"                                     | body is not valid JSON",
            "licence id missing        | {\"validation_override\":true,\"uuid\":\"a1\"}                            | field driver_license_id is missing",
            "override missing          | {\"driver_license_id\":\"S999SECRET\",\"uuid\":\"a1\"}                    | field validation_override is missing",
            "uuid missing              | {\"driver_license_id\":\"S999SECRET\",\"validation_override\":true}       | field uuid is missing",
            "licence id a number       | {\"driver_license_id\":999,\"validation_override\":true,\"uuid\":\"a1\"}  | field driver_license_id must be a string",
            "licence id null           | {\"driver_license_id\":null,\"validation_override\":true,\"uuid\":\"a1\"} | field driver_license_id must be a string",
            "licence id blank          | {\"driver_license_id\":\"  \",\"validation_override\":true,\"uuid\":\"a1\"} | field driver_license_id is blank",
            "override a string         | {\"driver_license_id\":\"S999SECRET\",\"validation_override\":\"true\",\"uuid\":\"a1\"} | field validation_override must be a boolean",
            "override a number         | {\"driver_license_id\":\"S999SECRET\",\"validation_override\":1,\"uuid\":\"a1\"} | field validation_override must be a boolean",
            "uuid a number             | {\"driver_license_id\":\"S999SECRET\",\"validation_override\":true,\"uuid\":42} | field uuid must be a string",
            "uuid not an id            | {\"driver_license_id\":\"S999SECRET\",\"validation_override\":true,\"uuid\":\"../S999SECRET\"} | field uuid is not a valid application id",
            "extra field               | {\"driver_license_id\":\"S999SECRET\",\"validation_override\":true,\"uuid\":\"a1\",\"name\":\"NICK\"} | unexpected field name",
            "extra field, odd name     | {\"driver_license_id\":\"S999SECRET\",\"validation_override\":true,\"uuid\":\"a1\",\"S999SECRET!\":1} | unexpected field with an unprintable name",
            "token a number            | {\"driver_license_id\":\"S999SECRET\",\"validation_override\":true,\"uuid\":\"a1\",\"task_token\":7} | field task_token must be a string",
            "token blank               | {\"driver_license_id\":\"S999SECRET\",\"validation_override\":true,\"uuid\":\"a1\",\"task_token\":\" \"} | field task_token is blank",
            "duplicate field           | {\"driver_license_id\":\"S1\",\"driver_license_id\":\"S999SECRET\",\"validation_override\":true,\"uuid\":\"a1\"} | body is not valid JSON"})
    void refusesAnyOtherBodyNamingTheFieldButNeverAValue(String label, String body, String expectedMessage) {
        assertThatThrownBy(() -> LicenseCheckMessages.parse(body))
                .as(label)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(expectedMessage)
                .hasMessageNotContaining("S999SECRET")
                .hasMessageNotContaining("NICK")
                .hasNoCause();
    }
}
