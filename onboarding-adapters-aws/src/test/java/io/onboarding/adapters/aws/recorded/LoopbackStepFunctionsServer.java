package io.onboarding.adapters.aws.recorded;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A loopback stand-in for the AWS Step Functions API as the functions use it, speaking its wire protocol (AWS JSON
 * 1.0: {@code POST /} with {@code X-Amz-Target: AWSStepFunctions.<Operation>}, errors as HTTP 400/500 with
 * {@code {"__type": ..., "message": ...}}). Unscripted, it behaves like the service for what the functions call:
 * StartExecution answers with an execution ARN and refuses a name it has seen with {@code ExecutionAlreadyExists};
 * SendTaskSuccess and SendTaskFailure answer {@code {}}. {@link #on} scripts other answers. Every request is
 * recorded. Binds 127.0.0.1 on an ephemeral port.
 */
public final class LoopbackStepFunctionsServer implements AutoCloseable {
    public static final String START_EXECUTION = "AWSStepFunctions.StartExecution";
    public static final String SEND_TASK_SUCCESS = "AWSStepFunctions.SendTaskSuccess";
    public static final String SEND_TASK_FAILURE = "AWSStepFunctions.SendTaskFailure";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    public record Call(String target, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One scripted answer: an HTTP status and a JSON body. */
    public record Reply(int status, String body) {
        /** HTTP 200 with {@code body}. */
        public static Reply ok(String body) {
            return new Reply(200, body);
        }

        /** A Step Functions error as the service sends it: {@code {"__type": type, "message": ...}}. */
        public static Reply error(int status, String type) {
            ObjectNode error = JSON.createObjectNode().put("__type", type).put("message", "simulated " + type);
            return new Reply(status, error.toString());
        }
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final Set<String> executionNames = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private LoopbackStepFunctionsServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "loopback-sfn");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    public static LoopbackStepFunctionsServer start() {
        try {
            return new LoopbackStepFunctionsServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Scripts the answers for one target, replacing the service-like default: each call takes the next reply and
     * the last one repeats (so one error reply covers every SDK retry).
     */
    public LoopbackStepFunctionsServer on(String target, Reply... replies) {
        if (replies.length == 0) {
            throw new IllegalArgumentException("script at least one reply");
        }
        scripts.put(target, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String target) {
        return calls.stream().filter(call -> call.target().equals(target)).toList();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String target = Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("X-Amz-Target"), "");
            String contentType = Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Content-Type"),
                    "");
            Call call = new Call(target, contentType, new String(exchange.getRequestBody().readAllBytes(), UTF_8));
            calls.add(call);
            Reply reply = next(call);
            byte[] body = reply.body().getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    private Reply next(Call call) {
        Deque<Reply> script = scripts.get(call.target());
        if (script != null) {
            synchronized (script) {
                return script.size() > 1 ? script.removeFirst() : script.getFirst();
            }
        }
        return switch (call.target()) {
            case START_EXECUTION -> startExecution(call.json());
            case SEND_TASK_SUCCESS, SEND_TASK_FAILURE -> Reply.ok("{}");
            default -> Reply.error(400, "UnknownOperationException");
        };
    }

    private Reply startExecution(JsonNode request) {
        String name = request.path("name").asText();
        if (!executionNames.add(name)) {
            return Reply.error(400, "ExecutionAlreadyExists");
        }
        String stateMachine = request.path("stateMachineArn").asText();
        String execution = stateMachine.replace(":stateMachine:", ":execution:") + ":" + name;
        return Reply.ok(JSON.createObjectNode().put("executionArn", execution)
                .put("startDate", System.currentTimeMillis() / 1000.0).toString());
    }
}
