package io.onboarding.cli.replay;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client that never touches the network: it answers each operation ({@code X-Amz-Target}) with a
 * recorded AWS JSON 1.1 body, so the real SDK client unmarshals it exactly as it would a live answer. A recorded
 * error ({@code {"__type": ...}}) is served with the status AWS documents for it; an operation without a recording
 * gets a {@code ReplayHasNoRecording} error. Thread-safe.
 */
final class RecordedResponseHttpClient implements SdkHttpClient {
    static final String NO_RECORDING = "ReplayHasNoRecording";
    /** Error types that AWS answers with a 5xx status (the rest of the recorded errors are 4xx). */
    private static final Set<String> SERVER_ERRORS = Set.of("InternalServerError", "ThrottlingException",
            "ServiceUnavailableException", "ServiceQuotaExceededException");

    /** One recorded answer: the HTTP status and the body. */
    record Recording(int status, byte[] body) {
        Recording {
            Objects.requireNonNull(body, "body");
            body = body.clone();
        }

        static Recording of(RecordedResponse response) {
            return new Recording(response.errorType()
                    .map(type -> SERVER_ERRORS.contains(type) ? 500 : 400).orElse(200), response.body());
        }
    }

    private final Map<String, Recording> byTarget;

    RecordedResponseHttpClient(Map<String, Recording> byTarget) {
        this.byTarget = Map.copyOf(byTarget);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        Recording recording = byTarget.get(target);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                Recording answer = recording != null ? recording : new Recording(400,
                        ("{\"__type\":\"" + NO_RECORDING + "\",\"Message\":\"no recorded answer\"}")
                                .getBytes(StandardCharsets.UTF_8));
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder()
                                .statusCode(answer.status())
                                .putHeader("Content-Type", "application/x-amz-json-1.1")
                                .putHeader("Content-Length", String.valueOf(answer.body.length))
                                .putHeader("x-amzn-RequestId", "replay")
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer.body)))
                        .build();
            }

            @Override
            public void abort() {
                // nothing in flight: the answer is in memory
            }
        };
    }

    @Override
    public String clientName() {
        return "Replay";
    }

    @Override
    public void close() {
        // holds nothing
    }
}
