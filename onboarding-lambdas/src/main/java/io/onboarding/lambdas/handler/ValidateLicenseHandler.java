package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.mockvalidator.MockLicenseValidator;
import io.onboarding.lambdas.di.ValidateLicenseComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import java.util.Map;

/**
 * ValidateLicenseLambdaFunction, the mock third-party validator behind the HTTP API: answers 200 with the JSON
 * boolean of {@code validation_override}, or 400 with a JSON error for a missing or malformed body. It loads no AWS
 * SDK class.
 */
public final class ValidateLicenseHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private final MockLicenseValidator validator;
    private final ValidationRequests requests;
    private final ObjectMapper json;
    private final DecisionLog log;

    public ValidateLicenseHandler() {
        this(ValidateLicenseComponent.create());   // runtime: once per execution environment
    }

    ValidateLicenseHandler(ValidateLicenseComponent component) {
        this.validator = component.mockLicenseValidator();
        this.json = component.objectMapper();
        this.requests = new ValidationRequests(json);
        this.log = component.decisionLog();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        ValidationRequests.Parsed parsed = event == null
                ? requests.parse(null, false) : requests.parse(event.getBody(), event.getIsBase64Encoded());
        if (parsed.request().isEmpty()) {
            log.rejectedRequest(requestId, parsed.problem());
            return response(400, Map.of("error", parsed.problem()));
        }
        ValidationRequests.Request request = parsed.request().get();
        LicenseValidation answer = validator.validate(request.driverLicenseId(), request.validationOverride());
        log.validated(requestId, answer.isValid());
        return response(200, answer.isValid());
    }

    private APIGatewayV2HTTPResponse response(int status, Object body) {
        try {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(JSON_HEADERS)
                    .withBody(json.writeValueAsString(body)).withIsBase64Encoded(false).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
    }
}
