package io.onboarding.lambdas.e2e;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onboarding.lambdas.handler.ValidateLicenseHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays API Gateway's HTTP API on 127.0.0.1: turns each {@code POST /license} into a payload-v2 event for
 * ValidateLicenseHandler and its response back into HTTP, as the HTTP API's Lambda proxy integration does.
 */
final class ApiGatewayLoopback implements AutoCloseable {
    private final HttpServer http;
    private final ValidateLicenseHandler handler = new ValidateLicenseHandler();
    private final AtomicInteger requests = new AtomicInteger();

    ApiGatewayLoopback() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/license", this::handle);
        http.start();
    }

    URI licenseUrl() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/license");
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(404, -1);   // an HTTP API answers unknown routes with 404
                return;
            }
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0")
                    .withRouteKey("POST /license")
                    .withRawPath("/license")
                    .withHeaders(headers)
                    .withBody(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .withIsBase64Encoded(false)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withRouteKey("POST /license").withStage("$default")
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                    .withMethod("POST").withPath("/license").build())
                            .build())
                    .build();
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            byte[] body = response.getBody().getBytes(StandardCharsets.UTF_8);
            response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(response.getStatusCode(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
