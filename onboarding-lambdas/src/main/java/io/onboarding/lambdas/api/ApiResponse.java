package io.onboarding.lambdas.api;

import java.util.Map;

/** What the API answers: an HTTP status, headers and a JSON body. */
public record ApiResponse(int status, Map<String, String> headers, String body) {
    public ApiResponse {
        headers = Map.copyOf(headers);
    }
}
