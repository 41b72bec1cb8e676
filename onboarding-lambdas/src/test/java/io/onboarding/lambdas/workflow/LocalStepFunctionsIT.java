package io.onboarding.lambdas.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.lambdas.workflow.LocalStepFunctions.HistoryEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * The local Step Functions harness runs a small machine with the workflow contract's shapes
 * ({@code workflow/harness-test-machine.json}: lambda:invoke tasks with Retry and Catch, a Choice with a Default, a
 * Parallel of two checks, a {@code .waitForTaskToken} decision) against Java functions behind the loopback Invoke API,
 * and is driven through the AWS SDK's {@code SfnClient}. The functions here are stand-ins; the workflow's own test
 * runs the real handlers.
 */
class LocalStepFunctionsIT {
    private static final Duration DECIDE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration COMPLETION = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalLambdaInvokeServer lambda;
    private static LocalStepFunctions stepFunctions;

    private final BlockingQueue<String> decideTokens = new LinkedBlockingQueue<>();

    /** Stands for the workflow's retryable step failure: listed in every Retry of the test machine. */
    static final class RetryableStepException extends RuntimeException {
        RetryableStepException(String message) {
            super(message);
        }
    }

    /** Stands for a permanent step failure: no Retry lists it, so a Catch takes it. */
    static final class PermanentStepException extends RuntimeException {
        PermanentStepException(String message) {
            super(message);
        }
    }

    @BeforeAll
    static void startHarness() throws IOException {
        lambda = LocalLambdaInvokeServer.start();
        stepFunctions = LocalStepFunctions.builder(resource("workflow/harness-test-machine.json"), lambda.endpoint())
                .stateTimeout("Decide", DECIDE_TIMEOUT)
                .noRetryWaits()
                .start();
    }

    @AfterAll
    static void stopHarness() {
        if (stepFunctions != null) {
            stepFunctions.close();
        }
        if (lambda != null) {
            lambda.close();
        }
    }

    @BeforeEach
    void registerFunctions() {
        lambda.reset();
        lambda.register("ReceivePackageFunction", in -> received(in, false));
        lambda.register("CheckFaceFunction", in -> Map.of("appUuid", in.get("appUuid"), "passed", true));
        lambda.register("CheckDetailsFunction", in -> Map.of("appUuid", in.get("appUuid"), "passed", true));
        lambda.register("DecideFunction", in -> {
            decideTokens.add((String) in.get("taskToken"));
            return Map.of("queued", true);
        });
        lambda.register("RecordFailureFunction", in -> Map.of("decision", "NEEDS_REVIEW"));
    }

    @Test
    void decidesAfterARetriedReceiveAndBothChecksWhenTheLicenceCheckAnswers() throws Exception {
        lambda.failNext("ReceivePackageFunction", 1, new RetryableStepException("s3: throttled"));
        String appUuid = UUID.randomUUID().toString();

        String executionArn = stepFunctions.start(appUuid + "-v1", input(appUuid));
        String token = nextDecideToken();
        stepFunctions.client().sendTaskSuccess(s -> s.taskToken(token).output("{\"decision\":\"APPROVED\"}"));
        DescribeExecutionResponse execution = stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = JSON.readTree(execution.output());
        assertThat(output.at("/decision/decision").asText()).isEqualTo("APPROVED");
        assertThat(output.at("/checks/0/passed").asBoolean()).isTrue();
        assertThat(output.at("/checks/1/passed").asBoolean()).isTrue();
        assertThat(lambda.invocations("ReceivePackageFunction")).hasSize(2);
        assertThat(lambda.invocations("CheckFaceFunction")).containsExactly(Map.of("appUuid", appUuid, "sourceVersion", "v1"));
        assertThat(lambda.invocations("CheckDetailsFunction")).containsExactly(Map.of("appUuid", appUuid, "sourceVersion", "v1"));
        assertThat(lambda.invocations("DecideFunction")).singleElement()
                .satisfies(payload -> assertThat(payload).containsEntry("appUuid", appUuid).containsKey("taskToken"));
        assertThat(stepFunctions.history(executionArn)).map(HistoryEntry::toString)
                .contains("StateRetried(ReceivePackage)", "StateEntered(CheckFace)", "StateEntered(CheckDetails)")
                .doesNotContain("StateEntered(RecordFailure)");
    }

    @Test
    void decidesWhenTheDecideFunctionAnswersTheTokenBeforeItReturns() {
        lambda.register("DecideFunction", in -> {   // as DecideHandler does when no licence check is needed
            stepFunctions.client().sendTaskSuccess(s -> s.taskToken((String) in.get("taskToken"))
                    .output("{\"decision\":\"REJECTED\"}"));
            return Map.of("decision", "REJECTED");
        });
        String appUuid = UUID.randomUUID().toString();

        String executionArn = stepFunctions.start(appUuid + "-v1", input(appUuid));
        DescribeExecutionResponse execution = stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).contains("\"decision\":{\"decision\":\"REJECTED\"}");
    }

    @Test
    void skipsTheChecksOfAnApplicationAlreadyDecided() {
        lambda.register("ReceivePackageFunction", in -> received(in, true));
        String appUuid = UUID.randomUUID().toString();

        String executionArn = stepFunctions.start(appUuid + "-v1", input(appUuid));
        DescribeExecutionResponse execution = stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(lambda.invocations("CheckFaceFunction")).isEmpty();
        assertThat(lambda.invocations("DecideFunction")).isEmpty();
        assertThat(stepFunctions.history(executionArn)).map(HistoryEntry::toString)
                .contains("StateExited(AlreadyDecided)", "StateEntered(Decided)")
                .doesNotContain("StateEntered(Checks)");
    }

    @Test
    void recordsALicenceCheckThatNeverAnswersAndRefusesTheLateAnswer() {
        String appUuid = UUID.randomUUID().toString();

        long started = System.nanoTime();
        String executionArn = stepFunctions.start(appUuid + "-v1", input(appUuid));
        String token = nextDecideToken();
        DescribeExecutionResponse execution = stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(DECIDE_TIMEOUT);
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("DependencyFailure");
        assertThat(lambda.invocations("RecordFailureFunction")).containsExactly(Map.of(
                "bucket", "documentbucket-000000000000", "key", "zipped/" + appUuid + ".zip", "version", "v1",
                "error", Map.of("Error", "States.Timeout", "Cause", "license-check-timeout")));
        assertThat(stepFunctions.history(executionArn)).map(HistoryEntry::toString)
                .contains("StateFailed(Decide)[States.Timeout]", "StateCaught(Decide)",
                        "StateEntered(RecordLicenseCheckTimeout)");
        assertThatThrownBy(() -> stepFunctions.client().sendTaskSuccess(s -> s.taskToken(token).output("{}")))
                .isInstanceOf(TaskTimedOutException.class);
    }

    @Test
    void recordsAPermanentCheckFailureWithTheFunctionErrorAsCause() throws Exception {
        lambda.register("CheckFaceFunction", in -> {
            throw new PermanentStepException("rekognition: access denied");
        });
        String appUuid = UUID.randomUUID().toString();

        String executionArn = stepFunctions.start(appUuid + "-v1", input(appUuid));
        DescribeExecutionResponse execution = stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("DependencyFailure");
        assertThat(lambda.invocations("CheckFaceFunction")).hasSize(1);
        JsonNode error = JSON.valueToTree(lambda.invocations("RecordFailureFunction").get(0).get("error"));
        assertThat(error.path("Error").asText()).isEqualTo(PermanentStepException.class.getName());
        JsonNode cause = JSON.readTree(error.path("Cause").asText());   // a JSON string, as AWS gives it
        assertThat(cause.path("errorType").asText()).isEqualTo(PermanentStepException.class.getName());
        assertThat(cause.path("errorMessage").asText()).isEqualTo("rekognition: access denied");
    }

    @Test
    void catchesTheCheckThatStillFailsAfterThreeRetries() {
        lambda.failNext("CheckDetailsFunction", 4, new RetryableStepException("textract: throttled"));
        String appUuid = UUID.randomUUID().toString();

        String executionArn = stepFunctions.start(appUuid + "-v1", input(appUuid));
        DescribeExecutionResponse execution = stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(lambda.invocations("CheckDetailsFunction")).hasSize(4);
        assertThat(lambda.invocations("RecordFailureFunction")).singleElement()
                .satisfies(payload -> assertThat(payload.get("error").toString())
                        .contains("Error=" + RetryableStepException.class.getName()));
        assertThat(stepFunctions.history(executionArn)).filteredOn(e -> e.type().equals("StateRetried"))
                .extracting(HistoryEntry::stateName).containsExactly("CheckDetails", "CheckDetails", "CheckDetails");
    }

    @Test
    void recordsALicenceCheckFailureSentBack() {
        String appUuid = UUID.randomUUID().toString();

        String executionArn = stepFunctions.start(appUuid + "-v1", input(appUuid));
        String token = nextDecideToken();
        stepFunctions.client().sendTaskFailure(s -> s.taskToken(token).error("LicenseCheckFailed").cause("validator"));
        DescribeExecutionResponse execution = stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(lambda.invocations("RecordFailureFunction")).singleElement()
                .satisfies(payload -> assertThat(payload.get("error"))
                        .isEqualTo(Map.of("Error", "LicenseCheckFailed", "Cause", "validator")));
    }

    @Test
    void retriesAFailedDecideWithANewTokenAndRefusesTheOldOne() {
        lambda.failNext("DecideFunction", 1, new RetryableStepException("sqs: throttled"));
        String appUuid = UUID.randomUUID().toString();

        String executionArn = stepFunctions.start(appUuid + "-v1", input(appUuid));
        String answered = nextDecideToken();
        stepFunctions.client().sendTaskSuccess(s -> s.taskToken(answered).output("{\"decision\":\"APPROVED\"}"));
        DescribeExecutionResponse execution = stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        List<Map<String, Object>> calls = lambda.invocations("DecideFunction");
        assertThat(calls).hasSize(2);
        String first = (String) calls.get(0).get("taskToken");
        assertThat(first).isNotEqualTo(answered);
        assertThatThrownBy(() -> stepFunctions.client().sendTaskSuccess(s -> s.taskToken(first).output("{}")))
                .isInstanceOf(TaskTimedOutException.class);
    }

    @Test
    void endsInFailureNotRecordedWhenTheFailureCannotBeRecorded() {
        lambda.register("CheckFaceFunction", in -> {
            throw new PermanentStepException("rekognition: access denied");
        });
        lambda.register("RecordFailureFunction", in -> {
            throw new PermanentStepException("dynamodb: access denied");
        });
        String appUuid = UUID.randomUUID().toString();

        String executionArn = stepFunctions.start(appUuid + "-v1", input(appUuid));
        DescribeExecutionResponse execution = stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("FailureNotRecorded");
    }

    @Test
    void refusesASecondExecutionOfTheSameNameButRepeatsTheStartOfARunningOne() {
        String appUuid = UUID.randomUUID().toString();
        String name = appUuid + "-v1";

        String executionArn = stepFunctions.start(name, input(appUuid));
        String token = nextDecideToken();
        String repeated = stepFunctions.start(name, input(appUuid));   // same name and input while running
        assertThatThrownBy(() -> stepFunctions.start(name, input(UUID.randomUUID().toString())))
                .isInstanceOf(ExecutionAlreadyExistsException.class);
        stepFunctions.client().sendTaskSuccess(s -> s.taskToken(token).output("{\"decision\":\"APPROVED\"}"));
        stepFunctions.awaitCompletion(executionArn, COMPLETION);

        assertThat(repeated).isEqualTo(executionArn);
        assertThatThrownBy(() -> stepFunctions.start(name, input(appUuid)))
                .isInstanceOf(ExecutionAlreadyExistsException.class);
        assertThat(lambda.invocations("ReceivePackageFunction")).hasSize(1);
        assertThat(stepFunctions.client().listExecutions(l -> l.stateMachineArn(stepFunctions.stateMachineArn()))
                .executions()).filteredOn(e -> e.name().equals(name)).hasSize(1);
    }

    @Test
    void answersTaskDoesNotExistForATokenItNeverIssued() {
        assertThatThrownBy(() -> stepFunctions.client().sendTaskSuccess(s -> s.taskToken("not-a-token").output("{}")))
                .isInstanceOf(TaskDoesNotExistException.class);
    }

    private String nextDecideToken() {
        try {
            String token = decideTokens.poll(COMPLETION.toSeconds(), TimeUnit.SECONDS);
            assertThat(token).as("DecideFunction's task token").isNotNull();
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the Decide task", e);
        }
    }

    private static Map<String, Object> received(Map<String, Object> in, boolean decided) {
        String key = (String) in.get("key");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("appUuid", key.substring("zipped/".length(), key.length() - ".zip".length()));
        out.put("sourceVersion", in.get("version"));
        out.put("decided", decided);
        out.put("decision", decided ? "APPROVED" : null);
        return out;
    }

    private static String input(String appUuid) {
        return "{\"bucket\":\"documentbucket-000000000000\",\"key\":\"zipped/" + appUuid + ".zip\",\"version\":\"v1\"}";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LocalStepFunctionsIT.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
