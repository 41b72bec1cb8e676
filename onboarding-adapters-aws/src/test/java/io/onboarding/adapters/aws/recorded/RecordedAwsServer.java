package io.onboarding.adapters.aws.recorded;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
public final class RecordedAwsServer
        extends LoopbackAwsServer<RecordedAwsServer, RecordedAwsServer.Call, RecordedAwsServer.Reply> {
    public static final String COMPARE_FACES = "RekognitionService.CompareFaces";
    public static final String DETECT_FACES = "RekognitionService.DetectFaces";
    public static final String ANALYZE_ID = "Textract.AnalyzeID";
    /** Attempts per call the clients from this server make, so a retried error shows up as this many calls. */
    public static final int SDK_ATTEMPTS = 2;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AwsCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    /** One request as received. */
    public record Call(String target, String body) implements Request {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One scripted answer: an HTTP status and a body. */
    public record Reply(int status, byte[] body) implements Response {
        public Reply {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public byte[] bytes() {
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

    private RecordedAwsServer() throws IOException {
        super("recorded-aws", "application/x-amz-json-1.1");
    }

    public static RecordedAwsServer start() {
        try {
            return new RecordedAwsServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Call call(String target, String contentType, String body) {
        return new Call(target, body);
    }

    @Override
    protected Reply unscripted(Call call) {
        return Reply.error(400, "UnknownOperationException");
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
}
