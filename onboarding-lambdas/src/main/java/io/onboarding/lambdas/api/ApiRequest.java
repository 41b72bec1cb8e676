package io.onboarding.lambdas.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request as API Gateway hands it over: the matched route ({@code "GET /applications/{id}"}), the path
 * parameters, the query parameters (a repeated one comma-joined, as payload format 2.0 does) and the body, decoded.
 */
public record ApiRequest(String routeKey, Map<String, String> pathParameters, Map<String, String> query,
                         Optional<String> body) {
    public ApiRequest {
        Objects.requireNonNull(routeKey, "routeKey");
        pathParameters = Map.copyOf(pathParameters);
        query = Map.copyOf(query);
        Objects.requireNonNull(body, "body");
    }

    /** Prints the route only: parameters and bodies are the caller's input. */
    @Override
    public String toString() {
        return "ApiRequest[" + routeKey + "]";
    }
}
