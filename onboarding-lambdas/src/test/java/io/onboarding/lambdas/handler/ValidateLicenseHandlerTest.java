package io.onboarding.lambdas.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.onboarding.adapters.aws.http.LicenseValidationWire;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.lambdas.di.ValidateLicenseComponent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValidateLicenseHandlerTest {
    private final ValidateLicenseHandler handler = new ValidateLicenseHandler(ValidateLicenseComponent.create());

    private static APIGatewayV2HTTPEvent request(String body) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/http-validate-true.json");
        event.setBody(body);
        return event;
    }

    @Test
    void answersWithTheOverrideAsAJsonBoolean() {
        APIGatewayV2HTTPResponse response =
                handler.handleRequest(EventLoader.loadApiGatewayHttpEvent("events/http-validate-true.json"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("true");
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
    }

    @Test
    void answersFalseForAnInvalidOverride() {
        var response = handler.handleRequest(
                request("{\"driver_license_id\":\"S1\",\"validation_override\":false}"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("false");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"S123456579010 | true", "S123456579010 | false", "A\"B\\C ÅÉ | true"})
    void answersTheRequestTheHttpClientWritesInTheFormTheClientReads(String licenceId, boolean override) {
        String requestBody = LicenseValidationWire.writeRequest(new LicenseValidationWire.Request(licenceId, override));

        APIGatewayV2HTTPResponse response = handler.handleRequest(request(requestBody), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(LicenseValidationWire.readAnswer(response.getBody())).contains(LicenseValidation.of(override));
    }

    @Test
    void decodesABase64Body() {
        APIGatewayV2HTTPEvent event = request(Base64.getEncoder().encodeToString(
                "{\"driver_license_id\":\"S1\",\"validation_override\":true}".getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        assertThat(handler.handleRequest(event, null).getBody()).isEqualTo("true");
    }

    @Test
    void refusesABodyAnnouncedAsBase64ThatIsNot() {
        APIGatewayV2HTTPEvent event = request("{\"driver_license_id\":\"S1\",\"validation_override\":true}");
        event.setIsBase64Encoded(true);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).isEqualTo("{\"error\":\"request body is not valid base64\"}");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "''|request body is missing",
        "not json|request body is not JSON",
        "[true]|request body must be a JSON object",
        "{\"validation_override\":true}|driver_license_id must be a non-blank string",
        "{\"driver_license_id\":\" \",\"validation_override\":true}|driver_license_id must be a non-blank string",
        "{\"driver_license_id\":42,\"validation_override\":true}|driver_license_id must be a non-blank string",
        "{\"driver_license_id\":\"S1\"}|validation_override must be a boolean",
        "{\"driver_license_id\":\"S1\",\"validation_override\":\"true\"}|validation_override must be a boolean"})
    void refusesABadBodyWith400AndAJsonError(String body, String problem) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(request(body), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).isEqualTo("{\"error\":\"" + problem + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"driver_license_id\":\"S123456579010\"}"})
    void neverEchoesTheRequestInAnError(String body) {
        assertThat(handler.handleRequest(request(body), null).getBody()).doesNotContain("S123456579010");
    }

    @Test
    void refusesAMissingEvent() {
        assertThat(handler.handleRequest(null, null).getStatusCode()).isEqualTo(400);
    }
}
