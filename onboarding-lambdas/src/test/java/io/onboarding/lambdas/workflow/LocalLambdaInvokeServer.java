package io.onboarding.lambdas.workflow;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.onboarding.lambdas.testing.LocalContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lambda's Invoke API on 127.0.0.1 for the local workflow: {@code POST /2015-03-31/functions/{name}/invocations}
 * runs the handler registered under the function's name in this JVM and answers as Lambda does. The name may be a
 * plain name, {@code name:qualifier} or a function ARN. The body form the interpreter sends for the
 * {@code arn:aws:states:::lambda:invoke} integration ({@code {"FunctionName","Payload"}} posted to that ARN) is
 * unwrapped and answered as {@code {"Payload": result, "StatusCode": 200}}. A handler's exception is a function
 * error: HTTP 200, {@code X-Amz-Function-Error: Unhandled} and {@code {"errorMessage","errorType","stackTrace"}} with
 * the exception's fully qualified class name as errorType, as the Java runtime reports it. An unknown function is
 * HTTP 404 {@code ResourceNotFoundException}.
 */
public final class LocalLambdaInvokeServer implements AutoCloseable {
    private static final String LAMBDA_INVOKE_INTEGRATION = "arn:aws:states:::lambda:invoke";
    private static final Pattern INVOKE_PATH = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations/?");
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer http;
    private final ExecutorService threads;
    private final Map<String, Function<Map<String, Object>, ?>> handlers = new ConcurrentHashMap<>();
    private final Map<String, Deque<RuntimeException>> failures = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, Object>>> invocations = new ConcurrentHashMap<>();

    private LocalLambdaInvokeServer(HttpServer http, ExecutorService threads) {
        this.http = http;
        this.threads = threads;
    }

    /** Starts the server on a free port of 127.0.0.1. */
    public static LocalLambdaInvokeServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AtomicInteger count = new AtomicInteger();
            // the branches of a Parallel state call concurrently, and a handler may block on the local servers
            ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "lambda-invoke-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            http.setExecutor(threads);
            LocalLambdaInvokeServer server = new LocalLambdaInvokeServer(http, threads);
            http.createContext("/", server::handle);
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give as the Lambda endpoint ({@code AWS_ENDPOINT_URL_LAMBDA}, the harness's LAMBDA_ENDPOINT). */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /** Runs {@code handler} for invocations of {@code functionName}, replacing any earlier one. */
    public LocalLambdaInvokeServer register(String functionName, Function<Map<String, Object>, ?> handler) {
        handlers.put(functionName, Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /**
     * Runs a Lambda {@link RequestHandler} for invocations of {@code functionName}: the payload is converted to
     * {@code inputType} with Jackson and the handler gets a minimal {@link Context}.
     */
    public <I> LocalLambdaInvokeServer register(String functionName, Class<I> inputType, RequestHandler<I, ?> handler) {
        Objects.requireNonNull(handler, "handler");
        return register(functionName, payload -> handler.handleRequest(json.convertValue(payload, inputType),
                new LocalContext(functionName, UUID.randomUUID().toString(), "local", 1024, () -> 60_000)));
    }

    /** The next {@code calls} invocations of {@code functionName} fail with {@code exception}, before its handler runs. */
    public void failNext(String functionName, int calls, RuntimeException exception) {
        Deque<RuntimeException> queue = failures.computeIfAbsent(functionName, name -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < calls; i++) {
                queue.add(exception);
            }
        }
    }

    /** The payloads {@code functionName} was invoked with, failed calls included, oldest first. */
    public List<Map<String, Object>> invocations(String functionName) {
        return List.copyOf(invocations.getOrDefault(functionName, List.of()));
    }

    /** Forgets the recorded invocations and the pending failures; handlers stay registered. */
    public void reset() {
        invocations.clear();
        failures.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = INVOKE_PATH.matcher(exchange.getRequestURI().getRawPath());
            if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
                answerError(exchange, 404, "UnknownOperationException", "Unknown operation");
                return;
            }
            String target = URLDecoder.decode(path.group(1), UTF_8);
            byte[] body = exchange.getRequestBody().readAllBytes();
            Object payload;
            try {
                payload = body.length == 0 ? Map.of() : json.readValue(body, Object.class);
            } catch (IOException e) {
                answerError(exchange, 400, "InvalidRequestContentException", "Could not parse request body into json");
                return;
            }
            boolean integration = target.startsWith(LAMBDA_INVOKE_INTEGRATION);
            String functionName = target;
            if (integration) {
                // the interpreter's own Lambda client sends the integration's Parameters to the integration ARN
                Map<String, Object> parameters = payload instanceof Map<?, ?> ? json.convertValue(payload, OBJECT) : Map.of();
                functionName = String.valueOf(parameters.get("FunctionName"));
                payload = parameters.getOrDefault("Payload", Map.of());
            }
            invoke(exchange, functionName(functionName), payload, integration);
        }
    }

    private void invoke(HttpExchange exchange, String functionName, Object payload, boolean integration)
            throws IOException {
        Function<Map<String, Object>, ?> handler = handlers.get(functionName);
        if (handler == null) {
            answerError(exchange, 404, "ResourceNotFoundException", "Function not found: " + functionName);
            return;
        }
        if (!(payload instanceof Map<?, ?>)) {
            answerError(exchange, 400, "InvalidRequestContentException", "the handlers here take a JSON object");
            return;
        }
        Map<String, Object> input = json.convertValue(payload, OBJECT);
        invocations.computeIfAbsent(functionName, name -> new CopyOnWriteArrayList<>()).add(input);
        Object result;
        try {
            RuntimeException injected = nextFailure(functionName);
            if (injected != null) {
                throw injected;
            }
            result = handler.apply(input);
        } catch (RuntimeException | Error e) {   // the Java runtime reports both as the function's error
            answer(exchange, Map.of("X-Amz-Function-Error", "Unhandled"), errorDocument(e));
            return;
        }
        if (integration) {
            Map<String, Object> wrapped = new LinkedHashMap<>();
            wrapped.put("ExecutedVersion", "$LATEST");
            wrapped.put("Payload", result);
            wrapped.put("StatusCode", 200);
            result = wrapped;
        }
        answer(exchange, Map.of(), result);
    }

    private RuntimeException nextFailure(String functionName) {
        Deque<RuntimeException> queue = failures.get(functionName);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.poll();
        }
    }

    private static Map<String, Object> errorDocument(Throwable e) {
        Map<String, Object> document = new LinkedHashMap<>();
        if (e.getMessage() != null) {
            document.put("errorMessage", e.getMessage());
        }
        document.put("errorType", e.getClass().getName());
        document.put("stackTrace", Arrays.stream(e.getStackTrace()).limit(20).map(String::valueOf).toList());
        return document;
    }

    /** {@code name}, {@code name:qualifier}, {@code arn:...:function:name[:qualifier]} → name. */
    static String functionName(String target) {
        String name = target;
        int function = name.indexOf(":function:");
        if (function >= 0) {
            name = name.substring(function + ":function:".length());
        }
        int qualifier = name.indexOf(':');
        return qualifier >= 0 ? name.substring(0, qualifier) : name;
    }

    private void answer(HttpExchange exchange, Map<String, String> headers, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Amz-Executed-Version", "$LATEST");
        exchange.getResponseHeaders().add("X-Amzn-RequestId", UUID.randomUUID().toString());
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void answerError(HttpExchange exchange, int status, String type, String message) throws IOException {
        byte[] bytes = json.writeValueAsBytes(Map.of("Type", "User", "message", message));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Amzn-ErrorType", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
