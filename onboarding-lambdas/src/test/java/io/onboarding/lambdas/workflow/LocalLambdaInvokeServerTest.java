package io.onboarding.lambdas.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalLambdaInvokeServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalLambdaInvokeServer server = LocalLambdaInvokeServer.start()
            .register("Echo", in -> Map.of("echoed", in));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersWithTheFunctionsResult() throws Exception {
        HttpResponse<String> response = invoke("Echo", "{\"a\":1}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Amz-Function-Error")).isEmpty();
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"echoed\":{\"a\":1}}"));
    }

    @Test
    void findsTheFunctionByItsArnOrQualifiedName() throws Exception {
        HttpResponse<String> byArn = invoke("arn:aws:lambda:us-east-1:000000000000:function:Echo", "{}");
        HttpResponse<String> byAlias = invoke("Echo:live", "{}");

        assertThat(byArn.statusCode()).isEqualTo(200);
        assertThat(byAlias.statusCode()).isEqualTo(200);
        assertThat(server.invocations("Echo")).hasSize(2);
    }

    @Test
    void unwrapsTheLambdaInvokeIntegrationAndWrapsItsResult() throws Exception {
        HttpResponse<String> response = invoke("arn:aws:states:::lambda:invoke",
                "{\"FunctionName\":\"arn:aws:lambda:us-east-1:000000000000:function:Echo\",\"Payload\":{\"a\":2}}");

        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("StatusCode").asInt()).isEqualTo(200);
        assertThat(body.path("Payload")).isEqualTo(JSON.readTree("{\"echoed\":{\"a\":2}}"));
        assertThat(server.invocations("Echo")).containsExactly(Map.of("a", 2));
    }

    @Test
    void reportsAnExceptionAsAFunctionErrorNamedByItsClass() throws Exception {
        server.register("Broken", in -> {
            throw new IllegalStateException("dynamodb: access denied");
        });

        HttpResponse<String> response = invoke("Broken", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Amz-Function-Error")).hasValue("Unhandled");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.path("errorMessage").asText()).isEqualTo("dynamodb: access denied");
    }

    @Test
    void failsTheNextCallsAsToldThenRunsTheHandler() throws Exception {
        server.failNext("Echo", 2, new UnsupportedOperationException("throttled"));

        HttpResponse<String> first = invoke("Echo", "{}");
        HttpResponse<String> second = invoke("Echo", "{}");
        HttpResponse<String> third = invoke("Echo", "{}");

        assertThat(first.headers().firstValue("X-Amz-Function-Error")).hasValue("Unhandled");
        assertThat(JSON.readTree(second.body()).path("errorType").asText())
                .isEqualTo("java.lang.UnsupportedOperationException");
        assertThat(third.headers().firstValue("X-Amz-Function-Error")).isEmpty();
        assertThat(server.invocations("Echo")).hasSize(3);
    }

    @Test
    void answersResourceNotFoundForAnUnknownFunction() throws Exception {
        HttpResponse<String> response = invoke("Nobody", "{}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("ResourceNotFoundException");
    }

    private HttpResponse<String> invoke(String function, String payload) throws Exception {
        URI uri = server.endpoint().resolve("/2015-03-31/functions/"
                + URLEncoder.encode(function, StandardCharsets.UTF_8) + "/invocations");
        return http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
