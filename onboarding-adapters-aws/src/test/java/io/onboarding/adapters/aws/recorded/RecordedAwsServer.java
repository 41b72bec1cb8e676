package io.onboarding.adapters.aws.recorded;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.textract.TextractClient;

/**
 * A loopback stand-in for AWS JSON-protocol services that have no emulator (Rekognition, Textract). It dispatches
 * on {@code X-Amz-Target}, answers with scripted replies (recorded wire-format JSON or AWS error JSON with a chosen
 * HTTP status and {@code __type}) and records every request body. Binds 127.0.0.1 on an ephemeral port.
 */
public final class RecordedAwsServer implements AutoCloseable {
    public static final String COMPARE_FACES = "RekognitionService.CompareFaces";
    public static final String DETECT_FACES = "RekognitionService.DetectFaces";
    public static final String ANALYZE_ID = "Textract.AnalyzeID";
    /** Attempts per call the clients from this server make, so a retried error shows up as this many calls. */
    public static final int SDK_ATTEMPTS = 2;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AwsCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    /** One request as received. */
    public record Call(String target, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One scripted answer: an HTTP status and a body. */
    public record Reply(int status, byte[] body) {
        public Reply {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        /** HTTP 200 with a recorded fixture from {@code src/test/resources/recorded/}. */
        public static Reply fixture(String resource) {
            return fixture(200, resource);
        }

        /** A recorded fixture, for example an error body, with the status AWS documents for it. */
        public static Reply fixture(int status, String resource) {
            String path = "/recorded/" + resource;
            try (InputStream in = RecordedAwsServer.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("no fixture " + path);
                }
                return new Reply(status, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** An AWS JSON-protocol error: {@code {"__type": type, "Message": "simulated"}}. */
        public static Reply error(int status, String type) {
            ObjectNode error = JSON.createObjectNode().put("__type", type).put("Message", "simulated " + type);
            return new Reply(status, error.toString().getBytes(UTF_8));
        }
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private RecordedAwsServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "recorded-aws");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    public static RecordedAwsServer start() {
        try {
            return new RecordedAwsServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Scripts the answers for one target, replacing earlier ones: each call takes the next reply and the last one
     * repeats (so one error reply covers every SDK retry).
     */
    public RecordedAwsServer on(String target, Reply... replies) {
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

    /** A Rekognition client for this server: static credentials, {@value #SDK_ATTEMPTS} attempts, no backoff. */
    public RekognitionClient rekognition() {
        return RekognitionClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(RecordedAwsServer::fewFastRetries)
                .build();
    }

    /** A Textract client for this server: static credentials, {@value #SDK_ATTEMPTS} attempts, no backoff. */
    public TextractClient textract() {
        return TextractClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(RecordedAwsServer::fewFastRetries)
                .build();
    }

    private static void fewFastRetries(ClientOverrideConfiguration.Builder configuration) {
        configuration.retryStrategy(strategy -> strategy
                .maxAttempts(SDK_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()));
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
            calls.add(new Call(target, new String(exchange.getRequestBody().readAllBytes(), UTF_8)));
            Reply reply = next(target);
            byte[] body = reply.body();
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    private Reply next(String target) {
        Deque<Reply> script = scripts.get(target);
        if (script == null) {
            return Reply.error(400, "UnknownOperationException");
        }
        synchronized (script) {
            return script.size() > 1 ? script.removeFirst() : script.getFirst();
        }
    }
}
