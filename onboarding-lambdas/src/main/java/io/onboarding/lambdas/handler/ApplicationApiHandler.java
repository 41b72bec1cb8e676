package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.onboarding.lambdas.api.ApiRequest;
import io.onboarding.lambdas.api.ApiResponse;
import io.onboarding.lambdas.api.ApplicationApi;
import io.onboarding.lambdas.di.ApplicationApiComponent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * ApplicationApiFunction, the bank's HTTP API behind API Gateway (payload format 2.0, IAM authorisation): hands the
 * matched route, its parameters and the body to {@link ApplicationApi} and its answer back as the HTTP response.
 */
public final class ApplicationApiHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ApplicationApi api;

    public ApplicationApiHandler() {
        this(ApplicationApiComponent.fromEnvironment());   // runtime: once per execution environment
    }

    ApplicationApiHandler(ApplicationApiComponent component) {
        this.api = component.applicationApi();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        ApiRequest request = new ApiRequest(event.getRouteKey() == null ? "" : event.getRouteKey(),
                orEmpty(event.getPathParameters()), orEmpty(event.getQueryStringParameters()), body(event));
        ApiResponse response = api.handle(request, requestId);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(response.status()).withHeaders(response.headers())
                .withBody(response.body()).withIsBase64Encoded(false).build();
    }

    private static Optional<String> body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null) {
            return Optional.empty();
        }
        if (!event.getIsBase64Encoded()) {
            return Optional.of(body);
        }
        try {
            return Optional.of(new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.of("\0");   // undecodable, so no JSON: refused as a bad body
        }
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
