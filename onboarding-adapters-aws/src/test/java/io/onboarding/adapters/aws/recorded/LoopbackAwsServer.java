package io.onboarding.adapters.aws.recorded;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
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

/**
 * What the loopback stand-ins for AWS JSON-protocol services share: an HTTP server on 127.0.0.1 and an ephemeral
 * port that dispatches on {@code X-Amz-Target}, records every request and answers with the replies scripted for its
 * target (the last one repeats) or, unscripted, with what the subclass answers.
 *
 * @param <S> the server itself, for chaining {@link #on}
 * @param <C> one recorded request
 * @param <R> one scripted answer
 */
public abstract class LoopbackAwsServer<S extends LoopbackAwsServer<S, C, R>, C extends LoopbackAwsServer.Request,
        R extends LoopbackAwsServer.Response> implements AutoCloseable {

    /** A recorded request: what it is dispatched on. */
    public interface Request {
        String target();
    }

    /** A scripted answer: the HTTP status and the body's bytes. */
    public interface Response {
        int status();

        byte[] bytes();
    }

    private final String contentType;
    private final HttpServer http;
    private final ExecutorService executor;
    private final List<C> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<R>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Long> delays = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    protected LoopbackAwsServer(String threadName, String contentType) throws IOException {
        this.contentType = contentType;
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    /** The request as received, with its {@code X-Amz-Target} and {@code Content-Type} ({@code ""} when absent). */
    protected abstract C call(String target, String contentType, String body);

    /** The answer to a request whose target has no script. */
    protected abstract R unscripted(C call);

    /**
     * Scripts the answers for one target, replacing earlier ones and any default: each call takes the next reply and
     * the last one repeats (so one error reply covers every SDK retry).
     */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public final S on(String target, R... replies) {
        if (replies.length == 0) {
            throw new IllegalArgumentException("script at least one reply");
        }
        scripts.put(target, new ArrayDeque<>(List.of(replies)));
        return (S) this;
    }

    /** Answers every request for {@code target} {@code millis} later than at once (a service's latency, for benchmarks). */
    @SuppressWarnings("unchecked")
    public final S delaying(String target, long millis) {
        delays.put(target, millis);
        return (S) this;
    }

    public final List<C> calls() {
        return List.copyOf(calls);
    }

    public final List<C> calls(String target) {
        return calls.stream().filter(call -> call.target().equals(target)).toList();
    }

    public final URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    @Override
    public final void close() {
        if (closed.compareAndSet(false, true)) {
            http.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String target = Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("X-Amz-Target"), "");
            String type = Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Content-Type"), "");
            C call = call(target, type, new String(exchange.getRequestBody().readAllBytes(), UTF_8));
            calls.add(call);
            R reply = next(call);
            pause(delays.getOrDefault(call.target(), 0L));
            byte[] body = reply.bytes();
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private R next(C call) {
        Deque<R> script = scripts.get(call.target());
        if (script == null) {
            return unscripted(call);
        }
        synchronized (script) {
            return script.size() > 1 ? script.removeFirst() : script.getFirst();
        }
    }
}
