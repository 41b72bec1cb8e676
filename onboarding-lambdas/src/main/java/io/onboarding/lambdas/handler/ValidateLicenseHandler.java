package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.onboarding.adapters.aws.http.LicenseValidationWire;
import io.onboarding.adapters.aws.http.LicenseValidationWire.Problem;
import io.onboarding.adapters.aws.http.LicenseValidationWire.Request;
import io.onboarding.adapters.aws.http.LicenseValidationWire.RequestRead;
import io.onboarding.domain.mockvalidator.MockLicenseValidator;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.lambdas.di.ValidateLicenseComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import java.util.Map;

/**
 * ValidateLicenseLambdaFunction, the lab's mock third-party validator behind the HTTP API: reads the request and
 * writes the answer with {@link LicenseValidationWire}, the contract the HTTP client uses too. Answers 200 with the
 * JSON boolean of {@code validation_override}, or 400 with a JSON error for a missing or malformed body. It loads
 * no AWS SDK class.
 */
public final class ValidateLicenseHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private final MockLicenseValidator validator;
    private final DecisionLog log;

    public ValidateLicenseHandler() {
        this(ValidateLicenseComponent.create());   // runtime: once per execution environment
    }

    ValidateLicenseHandler(ValidateLicenseComponent component) {
        this.validator = component.mockLicenseValidator();
        this.log = component.decisionLog();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        RequestRead read = event == null ? LicenseValidationWire.readRequest(null)
                : event.getIsBase64Encoded() ? LicenseValidationWire.readBase64Request(event.getBody())
                : LicenseValidationWire.readRequest(event.getBody());
        if (read instanceof Problem problem) {
            log.rejectedRequest(requestId, problem.text());
            return response(400, LicenseValidationWire.writeProblem(problem));
        }
        Request request = (Request) read;
        LicenseValidation answer = validator.validate(request.driverLicenseId(), request.validationOverride());
        log.validated(requestId, answer.isValid());
        return response(200, LicenseValidationWire.writeAnswer(answer));
    }

    private static APIGatewayV2HTTPResponse response(int status, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(JSON_HEADERS)
                .withBody(body).withIsBase64Encoded(false).build();
    }
}
