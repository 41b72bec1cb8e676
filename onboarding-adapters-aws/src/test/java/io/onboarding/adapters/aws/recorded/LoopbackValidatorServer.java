package io.onboarding.adapters.aws.recorded;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback stand-in for the third-party licence validator on a raw {@link ServerSocket}, so it can misbehave in
 * ways a real HTTP server will not: answer slowly, reset the connection, hang up, or send garbage. Each request
 * takes the next scripted {@link Answer}; the last one repeats. Binds 127.0.0.1 on an ephemeral port.
 */
public final class LoopbackValidatorServer implements AutoCloseable {
    /** One request as received: method, path, headers (lower-case names) and body. */
    public record Request(String method, String path, Map<String, String> headers, String body) {
    }

    /** What the server does with one request. */
    @FunctionalInterface
    public interface Answer {
        void perform(Socket socket, OutputStream out) throws IOException, InterruptedException;

        /** A complete HTTP response. */
        static Answer respond(int status, String contentType, String body, String... headerLines) {
            return (socket, out) -> {
                byte[] bytes = body.getBytes(UTF_8);
                StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                        .append(reason(status)).append("\r\n");
                if (contentType != null) {
                    head.append("Content-Type: ").append(contentType).append("\r\n");
                }
                for (String line : headerLines) {
                    head.append(line).append("\r\n");
                }
                head.append("Content-Length: ").append(bytes.length).append("\r\n")
                        .append("Connection: close\r\n\r\n");
                out.write(head.toString().getBytes(ISO_8859_1));
                out.write(bytes);
                out.flush();
            };
        }

        /** 200 with {@code application/json} and the given body, verbatim. */
        static Answer json(String body) {
            return respond(200, "application/json", body);
        }

        /** An error status with an API-Gateway-like JSON body. */
        static Answer status(int status, String... headerLines) {
            return respond(status, "application/json", "{\"message\":\"" + reason(status) + "\"}", headerLines);
        }

        /** Waits before doing {@code then}; an interrupted wait (server closing) drops the connection. */
        static Answer after(Duration delay, Answer then) {
            return (socket, out) -> {
                Thread.sleep(delay.toMillis());
                then.perform(socket, out);
            };
        }

        /** Resets the TCP connection (RST, via SO_LINGER 0) after reading the request. */
        static Answer reset() {
            return (socket, out) -> {
                socket.setSoLinger(true, 0);
                socket.close();
            };
        }

        /** Closes the connection cleanly without any response. */
        static Answer hangUp() {
            return (socket, out) -> socket.close();
        }
    }

    private final ServerSocket server;
    private final ExecutorService executor;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();

    private LoopbackValidatorServer() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "loopback-validator");
            thread.setDaemon(true);
            return thread;
        });
        script.add(Answer.json("true"));
        executor.execute(this::acceptLoop);
    }

    public static LoopbackValidatorServer start() {
        try {
            return new LoopbackValidatorServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scripts the next answers, replacing earlier ones; the last one repeats. */
    public LoopbackValidatorServer answer(Answer... answers) {
        if (answers.length == 0) {
            throw new IllegalArgumentException("script at least one answer");
        }
        synchronized (script) {
            script.clear();
            script.addAll(List.of(answers));
        }
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/license");
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a listening socket cannot fail in a way a test could act on
        }
        executor.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                executor.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            Request request = read(in);
            if (request == null) {
                return;
            }
            requests.add(request);
            next().perform(socket, socket.getOutputStream());
        } catch (SocketException | InterruptedException dropped) {
            // the client gave up (timeout) or the server is closing: nothing to answer
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer next() {
        synchronized (script) {
            return script.size() > 1 ? script.removeFirst() : script.getFirst();
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), UTF_8);
        String[] parts = requestLine.split(" ");
        return new Request(parts[0], parts.length > 1 ? parts[1] : "", Map.copyOf(headers), body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = buffer.toString(ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            buffer.write(b);
        }
        return buffer.size() == 0 ? null : buffer.toString(ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status";
        };
    }
}
