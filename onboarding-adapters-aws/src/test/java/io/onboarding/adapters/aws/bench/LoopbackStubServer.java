package io.onboarding.adapters.aws.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A loopback HTTP server that gives the benchmark's first SNS, Rekognition and Textract calls (ListTopics,
 * ListCollections, ListAdapters) well-formed empty answers. It stands in for services that have no emulator here;
 * the point is a full HTTP round trip through each SDK client, not the service's behaviour.
 */
final class LoopbackStubServer implements AutoCloseable {
    private static final String SNS_LIST_TOPICS = "<ListTopicsResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
            + "<ListTopicsResult><Topics/></ListTopicsResult>"
            + "<ResponseMetadata><RequestId>stub</RequestId></ResponseMetadata></ListTopicsResponse>";

    private final HttpServer http;

    LoopbackStubServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", LoopbackStubServer::answer);
        http.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        int status = 200;
        String contentType = "application/x-amz-json-1.1";
        String body;
        if (target == null) {
            contentType = "text/xml";
            body = SNS_LIST_TOPICS;
        } else if (target.endsWith(".ListCollections")) {
            body = "{\"CollectionIds\":[],\"FaceModelVersions\":[]}";
        } else if (target.endsWith(".ListAdapters")) {
            body = "{\"Adapters\":[]}";
        } else {
            status = 400;
            body = "{\"__type\":\"UnknownOperationException\"}";
        }
        byte[] bytes = body.getBytes(UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("x-amzn-RequestId", "stub");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
