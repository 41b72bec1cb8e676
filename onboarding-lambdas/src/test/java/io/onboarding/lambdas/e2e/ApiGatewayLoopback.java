package io.onboarding.lambdas.e2e;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.adapters.aws.testing.SigV4Verifier;
import io.onboarding.lambdas.handler.ValidateLicenseHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the HTTP API (OnboardingApi) on 127.0.0.1 the way API Gateway does, from {@code api/openapi.yaml} itself:
 * each path and method of the document is a route, its {@code x-amazon-apigateway-integration} names the function
 * that serves it. A request matching no route gets 404; one not signed with SigV4 by the local credentials (service
 * execute-api) gets 403, as IAM authorisation answers, and never reaches a function; the others become payload-2.0
 * events (routeKey, rawPath, rawQueryString, pathParameters, queryStringParameters, requestContext.authorizer.iam)
 * for the function registered under the integration's name, whose response goes back as HTTP.
 */
final class ApiGatewayLoopback implements AutoCloseable {
    static final String VALIDATOR_FUNCTION = "ValidateLicenseLambdaFunction";
    private static final Pattern FUNCTION = Pattern.compile("\\$\\{(\\w+)\\.Arn}");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** One route of the document: its method, its path template as a pattern, and the function behind it. */
    record Route(String method, String path, Pattern pattern, List<String> parameters, String function) {
        String routeKey() {
            return method + " " + path;
        }
    }

    /** A request the loopback answered, for the tests: the route it matched (if any) and its status. */
    record Served(String method, String rawPath, Optional<String> routeKey, int status) {
    }

    private final HttpServer http;
    private final List<Route> routes;
    private final Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> functions =
            new ConcurrentHashMap<>();
    private final SigV4Verifier verifier = SigV4Verifier.forLocalCredentials("execute-api");
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Served> served = new CopyOnWriteArrayList<>();

    /** The API with only the mock validator registered (its other routes answer 500, as an unreachable function). */
    ApiGatewayLoopback() throws IOException {
        routes = routes(document());
        register(VALIDATOR_FUNCTION, new ValidateLicenseHandler());
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    /** Makes {@code handler} the function behind every route whose integration names {@code function}. */
    ApiGatewayLoopback register(String function,
                                RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        if (routes.stream().noneMatch(route -> route.function().equals(function))) {
            throw new IllegalArgumentException("no route of api/openapi.yaml integrates " + function);
        }
        functions.put(function, handler);
        return this;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    URI licenseUrl() {
        return baseUrl().resolve("/license");
    }

    List<Route> routes() {
        return routes;
    }

    int requests() {
        return requests.get();
    }

    List<Served> served() {
        return List.copyOf(served);
    }

    /** api/openapi.yaml at the repository root, seen from the reactor root or from the onboarding-lambdas module. */
    static Path documentPath() {
        Path path = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "api", "openapi.yaml");
        return Files.exists(path) ? path : Path.of("..", "api", "openapi.yaml");
    }

    private static JsonNode document() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(documentPath().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + documentPath(), e);
        }
    }

    private static List<Route> routes(JsonNode document) {
        var routes = new ArrayList<Route>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String uri = operation.getValue().at("/x-amazon-apigateway-integration/uri/Fn::Sub").asText();
                Matcher function = FUNCTION.matcher(uri);
                if (!function.find()) {
                    throw new IllegalStateException(operation.getKey() + " " + path.getKey()
                            + " has no Lambda integration");
                }
                var parameters = new ArrayList<String>();
                Matcher parameter = PARAMETER.matcher(path.getKey());
                var regex = new StringBuilder();
                int end = 0;
                while (parameter.find()) {
                    regex.append(Pattern.quote(path.getKey().substring(end, parameter.start()))).append("([^/]+)");
                    parameters.add(parameter.group(1));
                    end = parameter.end();
                }
                regex.append(Pattern.quote(path.getKey().substring(end)));
                routes.add(new Route(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        Pattern.compile(regex.toString()), List.copyOf(parameters), function.group(1)));
            }
        }
        return List.copyOf(routes);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            byte[] body = exchange.getRequestBody().readAllBytes();
            Optional<Matched> matched = match(method, rawPath);
            if (matched.isEmpty()) {
                answer(exchange, method, rawPath, Optional.empty(), 404, "{\"message\":\"Not Found\"}",
                        Map.of());
                return;
            }
            Route route = matched.get().route();
            String target = rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
            SigV4Verifier.Verdict verdict = verifier.verify(method, "http", target, exchange.getRequestHeaders(),
                    body);
            if (verdict != SigV4Verifier.Verdict.VALID) {
                answer(exchange, method, rawPath, Optional.of(route.routeKey()), 403,
                        verdict == SigV4Verifier.Verdict.UNSIGNED ? "{\"message\":\"Forbidden\"}"
                                : "{\"message\":\"The request signature we calculated does not match the signature "
                                        + "you provided.\"}", Map.of());
                return;
            }
            var handler = functions.get(route.function());
            if (handler == null) {
                answer(exchange, method, rawPath, Optional.of(route.routeKey()), 500,
                        "{\"message\":\"Internal Server Error\"}", Map.of());
                return;
            }
            APIGatewayV2HTTPResponse response = handler.handleRequest(event(exchange, route, matched.get(), rawPath,
                    rawQuery, body), null);
            answer(exchange, method, rawPath, Optional.of(route.routeKey()), response.getStatusCode(),
                    response.getBody() == null ? "" : response.getBody(),
                    response.getHeaders() == null ? Map.of() : response.getHeaders());
        }
    }

    private record Matched(Route route, Map<String, String> pathParameters) {
    }

    private Optional<Matched> match(String method, String rawPath) {
        for (Route route : routes) {
            Matcher path = route.pattern().matcher(rawPath);
            if (route.method().equals(method) && path.matches()) {
                var parameters = new LinkedHashMap<String, String>();
                for (int i = 0; i < route.parameters().size(); i++) {
                    parameters.put(route.parameters().get(i), URLDecoder.decode(path.group(i + 1),
                            StandardCharsets.UTF_8));
                }
                return Optional.of(new Matched(route, parameters));
            }
        }
        return Optional.empty();
    }

    private static APIGatewayV2HTTPEvent event(HttpExchange exchange, Route route, Matched matched, String rawPath,
                                               String rawQuery, byte[] body) {
        var headers = new LinkedHashMap<String, String>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        var query = new LinkedHashMap<String, String>();
        for (String pair : rawQuery.isEmpty() ? new String[0] : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.merge(name, value, (a, b) -> a + "," + b);
        }
        Instant now = Instant.now();
        var iam = APIGatewayV2HTTPEvent.RequestContext.IAM.builder()
                .withAccessKey(LocalAws.ACCESS_KEY).withAccountId(LocalAws.ACCOUNT_ID)
                .withCallerId("AIDALOCALCALLER").withUserId("AIDALOCALCALLER")
                .withUserArn("arn:aws:iam::" + LocalAws.ACCOUNT_ID + ":user/local-caller").build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(rawPath)
                .withRawQueryString(rawQuery)
                .withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withPathParameters(matched.pathParameters().isEmpty() ? null : matched.pathParameters())
                .withBody(body.length == 0 ? null : new String(body, StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey(route.routeKey()).withStage("$default").withAccountId(LocalAws.ACCOUNT_ID)
                        .withApiId("loopback").withDomainName(exchange.getRequestHeaders().getFirst("Host"))
                        .withRequestId("loopback-" + now.toEpochMilli()).withTimeEpoch(now.toEpochMilli())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withIam(iam).build())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(exchange.getRequestMethod()).withPath(rawPath).withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1").build())
                        .build())
                .build();
    }

    private void answer(HttpExchange exchange, String method, String rawPath, Optional<String> routeKey, int status,
                        String body, Map<String, String> headers) throws IOException {
        served.add(new Served(method, rawPath, routeKey, status));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (!headers.containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
