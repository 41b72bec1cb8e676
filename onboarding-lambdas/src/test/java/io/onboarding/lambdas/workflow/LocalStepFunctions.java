package io.onboarding.lambdas.workflow;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * A Step Functions state machine run on this machine: the Node harness {@code src/test/workflow/local-step-functions.mjs}
 * (npm {@code aws-local-stepfunctions} interpreting the definition) started as a child process on 127.0.0.1, with its
 * Lambda tasks sent to a {@link LocalLambdaInvokeServer}. {@link #client()} is an AWS SDK {@link SfnClient} pointed at
 * it (StartExecution, DescribeExecution, GetExecutionHistory, ListExecutions, StopExecution, SendTaskSuccess,
 * SendTaskFailure, SendTaskHeartbeat). The process stops on {@link #close()}, and by itself when this JVM ends.
 */
public final class LocalStepFunctions implements AutoCloseable {
    public static final String DEFAULT_STATE_MACHINE_ARN =
            "arn:aws:states:us-east-1:000000000000:stateMachine:ApplicationStateMachine";
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path definitionFile;
    private final URI endpoint;
    private final String stateMachineArn;
    private final SfnClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    private LocalStepFunctions(Process process, Path definitionFile, URI endpoint, String stateMachineArn) {
        this.process = process;
        this.definitionFile = definitionFile;
        this.endpoint = endpoint;
        this.stateMachineArn = stateMachineArn;
        this.client = SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A harness for {@code definitionJson} (ASL, substitutions already made) whose Lambda tasks go to {@code lambdaEndpoint}. */
    public static Builder builder(String definitionJson, URI lambdaEndpoint) {
        return new Builder(definitionJson, lambdaEndpoint);
    }

    /** The Step Functions endpoint ({@code AWS_ENDPOINT_URL_SFN} for code under test). */
    public URI endpoint() {
        return endpoint;
    }

    public String stateMachineArn() {
        return stateMachineArn;
    }

    /** An SDK client for the harness; closed with it. */
    public SfnClient client() {
        return client;
    }

    /** Starts an execution; returns its ARN. */
    public String start(String name, String inputJson) {
        return client.startExecution(s -> s.stateMachineArn(stateMachineArn).name(name).input(inputJson))
                .executionArn();
    }

    public DescribeExecutionResponse describe(String executionArn) {
        return client.describeExecution(d -> d.executionArn(executionArn));
    }

    /** Waits until the execution is no longer RUNNING; fails with its history when {@code timeout} passes first. */
    public DescribeExecutionResponse awaitCompletion(String executionArn, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            DescribeExecutionResponse execution = describe(executionArn);
            if (execution.status() != ExecutionStatus.RUNNING) {
                return execution;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + executionArn + " still running after " + timeout
                        + "; history: " + history(executionArn));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + executionArn, e);
            }
        }
    }

    /**
     * The interpreter's events for the execution, oldest first: ExecutionStarted, StateEntered, StateExited,
     * StateFailed, StateRetried, StateCaught, ParallelBranchStarted, ExecutionSucceeded, ExecutionFailed, ... (its own
     * types, not AWS's history event types), each with its state name and, for failures, error and cause.
     */
    public List<HistoryEntry> history(String executionArn) {
        JsonNode answer = call("GetExecutionHistory", Map.of("executionArn", executionArn));
        List<HistoryEntry> entries = new ArrayList<>();
        for (JsonNode event : answer.path("events")) {
            entries.add(new HistoryEntry(event.path("type").asText(), text(event, "stateName"), text(event, "error"),
                    text(event, "cause")));
        }
        return List.copyOf(entries);
    }

    /** One event of {@link #history}; {@code stateName}, {@code error} and {@code cause} may be null. */
    public record HistoryEntry(String type, String stateName, String error, String cause) {
        @Override
        public String toString() {
            return type + (stateName == null ? "" : "(" + stateName + ")") + (error == null ? "" : "[" + error + "]");
        }
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private JsonNode call(String operation, Map<String, ?> body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "AWSStepFunctions." + operation)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(operation + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + operation, e);
        }
    }

    @Override
    public void close() {
        client.close();
        try {
            process.getOutputStream().close();   // the harness exits when its stdin ends
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
        try {
            Files.deleteIfExists(definitionFile);
        } catch (IOException e) {
            definitionFile.toFile().deleteOnExit();
        }
    }

    /** Options of the harness; test stand-ins that AWS does not have are named as such. */
    public static final class Builder {
        private final String definitionJson;
        private final URI lambdaEndpoint;
        private String stateMachineArn = DEFAULT_STATE_MACHINE_ARN;
        private final Map<String, Long> timeoutOverrides = new LinkedHashMap<>();
        private final Map<String, Long> retryIntervalOverrides = new LinkedHashMap<>();

        private Builder(String definitionJson, URI lambdaEndpoint) {
            this.definitionJson = Objects.requireNonNull(definitionJson, "definitionJson");
            this.lambdaEndpoint = Objects.requireNonNull(lambdaEndpoint, "lambdaEndpoint");
        }

        /** The ARN StartExecution must name (the code under test reads it as STATE_MACHINE_ARN). */
        public Builder stateMachineArn(String arn) {
            this.stateMachineArn = Objects.requireNonNull(arn, "arn");
            return this;
        }

        /**
         * Stand-in: rewrites the Task state's TimeoutSeconds before the machine is built, so a timeout path runs in
         * seconds (the definition's own value, e.g. 3600, is what AWS would use).
         */
        public Builder stateTimeout(String taskState, Duration timeout) {
            if (timeout.getSeconds() < 1 || timeout.getNano() != 0) {
                throw new IllegalArgumentException("TimeoutSeconds is whole seconds, at least 1: " + timeout);
            }
            timeoutOverrides.put(taskState, timeout.getSeconds());
            return this;
        }

        /** Stand-in: every retry of {@code state} ({@code "*"}: of every state with a Retry) waits {@code interval}. */
        public Builder retryInterval(String state, Duration interval) {
            retryIntervalOverrides.put(state, interval.toMillis());
            return this;
        }

        /** Stand-in: retries happen at once instead of after IntervalSeconds x BackoffRate with jitter. */
        public Builder noRetryWaits() {
            return retryInterval("*", Duration.ZERO);
        }

        public LocalStepFunctions start() {
            Path directory = harnessDirectory();
            Path definition = null;
            try {
                definition = Files.createTempFile("state-machine-", ".json");
                Files.writeString(definition, definitionJson);
                ProcessBuilder builder = new ProcessBuilder(System.getProperty("workflow.node", "node"),
                        "local-step-functions.mjs", definition.toString())
                        .directory(directory.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT);
                Map<String, String> env = builder.environment();
                env.put("LAMBDA_ENDPOINT", lambdaEndpoint.toString());
                env.put("STATE_MACHINE_ARN", stateMachineArn);
                env.put("TIMEOUT_OVERRIDES", JSON.writeValueAsString(timeoutOverrides));
                env.put("RETRY_INTERVAL_OVERRIDES", JSON.writeValueAsString(retryIntervalOverrides));
                Process process = builder.start();
                int port = readPort(process);
                return new LocalStepFunctions(process, definition, URI.create("http://127.0.0.1:" + port),
                        stateMachineArn);
            } catch (IOException e) {
                deleteQuietly(definition);
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                deleteQuietly(definition);
                throw e;
            }
        }

        private static void deleteQuietly(Path file) {
            if (file != null) {
                file.toFile().delete();
            }
        }

        private static Path harnessDirectory() {
            // a build can pass workflow.dir; a test run from the module directory finds the default
            Path directory = Path.of(System.getProperty("workflow.dir", "src/test/workflow")).toAbsolutePath();
            if (!Files.isDirectory(directory.resolve("node_modules/aws-local-stepfunctions"))) {
                throw new IllegalStateException("aws-local-stepfunctions is not installed: run 'npm ci' in " + directory);
            }
            return directory;
        }

        private static int readPort(Process process) throws IOException {
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
            String line;
            try {
                line = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(STARTUP.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
                throw new IllegalStateException("the Step Functions harness did not report its port within " + STARTUP, e);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the Step Functions harness", e);
            }
            if (line == null) {
                throw new IllegalStateException("the Step Functions harness exited before reporting its port"
                        + " (its reason is on standard error)");
            }
            return JSON.readTree(line).get("port").asInt();
        }

        private static String readLine(BufferedReader reader) {
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
