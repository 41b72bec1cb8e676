package io.onboarding.adapters.aws.recorded;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback stand-in for the AWS Step Functions API as the functions use it, speaking its wire protocol (AWS JSON
 * 1.0: {@code POST /} with {@code X-Amz-Target: AWSStepFunctions.<Operation>}, errors as HTTP 400/500 with
 * {@code {"__type": ..., "message": ...}}). Unscripted, it behaves like the service for what the functions call:
 * StartExecution answers with an execution ARN and refuses a name it has seen with {@code ExecutionAlreadyExists};
 * SendTaskSuccess and SendTaskFailure answer {@code {}}. {@link #on} scripts other answers. Every request is
 * recorded. Binds 127.0.0.1 on an ephemeral port.
 */
public final class LoopbackStepFunctionsServer extends LoopbackAwsServer<LoopbackStepFunctionsServer,
        LoopbackStepFunctionsServer.Call, LoopbackStepFunctionsServer.Reply> {
    public static final String START_EXECUTION = "AWSStepFunctions.StartExecution";
    public static final String SEND_TASK_SUCCESS = "AWSStepFunctions.SendTaskSuccess";
    public static final String SEND_TASK_FAILURE = "AWSStepFunctions.SendTaskFailure";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    public record Call(String target, String contentType, String body) implements Request {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One scripted answer: an HTTP status and a JSON body. */
    public record Reply(int status, String body) implements Response {
        @Override
        public byte[] bytes() {
            return body.getBytes(UTF_8);
        }

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

    private final Set<String> executionNames = ConcurrentHashMap.newKeySet();

    private LoopbackStepFunctionsServer() throws IOException {
        super("loopback-sfn", "application/x-amz-json-1.0");
    }

    public static LoopbackStepFunctionsServer start() {
        try {
            return new LoopbackStepFunctionsServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Call call(String target, String contentType, String body) {
        return new Call(target, contentType, body);
    }

    /** Like the service: see the class comment. */
    @Override
    protected Reply unscripted(Call call) {
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
