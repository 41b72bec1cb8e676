package io.onboarding.lambdas.e2e;

import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.COMPARE_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.DETECT_FACES;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.LocalEndpoints;
import io.onboarding.lambdas.di.LocalWorkflowComponent;
import io.onboarding.lambdas.workflow.LocalLambdaInvokeServer;
import io.onboarding.lambdas.workflow.LocalStepFunctions;
import io.onboarding.lambdas.workflow.PermanentStepException;
import io.onboarding.lambdas.workflow.RetryableStepException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Part 2 on this machine: the state machine definition taken from template.yaml runs in the local ASL interpreter
 * (aws-local-stepfunctions) against the real Java handlers, wired to the local servers (S3Proxy, DynamoDB Local,
 * ElasticMQ, the SNS emulator, recorded Rekognition/Textract answers, the mock validator behind a loopback API
 * Gateway). An upload is announced to StartApplicationFunction as EventBridge would; the licence check travels
 * through LicenseQueue to SubmitLicenseLambdaFunction, which answers the waiting execution with its task token.
 */
class ApplicationWorkflowIT {
    private static final Duration COMPLETION = Duration.ofSeconds(60);
    /** The Decide state's wait in the timeout test; the other tests keep the template's. */
    private static final Duration SHORT_LICENSE_CHECK_WAIT = Duration.ofSeconds(3);
    private static final String FACES_MATCH = "rekognition/compare-faces-licence-portrait-matches.json";
    private static final String OTHER_MAN = "rekognition/compare-faces-different-person.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalWorkflowStack stack;
    private static RecordedAwsServer recorded;
    private static LocalEndpoints local;
    private static LocalLambdaInvokeServer lambda;
    private static LocalStepFunctions stepFunctions;
    private static LocalWorkflowComponent component;

    @BeforeAll
    static void startWorkflow() throws IOException {
        stack = LocalWorkflowStack.start(false);
        recorded = stack.recorded;
        local = stack.local;
        lambda = stack.lambda;
        stepFunctions = stack.stepFunctions;
        component = stack.component;
    }

    @AfterAll
    static void stopWorkflow() {
        if (stack != null) {
            stack.close();
        }
    }

    @AfterEach
    void clearFailures() {
        lambda.reset();
    }

    @Test
    void theThreeSamplesEndApprovedRejectedOnDetailsAndRejectedOnTheFace() throws Exception {
        recorded.on(COMPARE_FACES, Reply.fixture(FACES_MATCH), Reply.fixture(FACES_MATCH), Reply.fixture(OTHER_MAN));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));

        Map<String, DescribeExecutionResponse> ended = new LinkedHashMap<>();
        for (String id : List.of(TestApplications.SAMPLE_APPROVED, TestApplications.SAMPLE_DETAILS_MISMATCH,
                TestApplications.SAMPLE_FACE_MISMATCH)) {
            boolean licenceChecked = id.equals(TestApplications.SAMPLE_APPROVED);
            ended.put(id, runToTheEnd(upload(id, TestApplications.samplePackage(id)), licenceChecked));
        }

        assertThat(ended.values()).allSatisfy(e -> assertThat(e.status()).isEqualTo(ExecutionStatus.SUCCEEDED));
        assertThat(decision(TestApplications.SAMPLE_APPROVED)).isEqualTo("APPROVED");
        assertThat(item(TestApplications.SAMPLE_APPROVED).get("LICENSE_VALIDATION").bool()).isTrue();
        assertThat(decision(TestApplications.SAMPLE_DETAILS_MISMATCH)).isEqualTo("REJECTED");
        assertThat(reasons(TestApplications.SAMPLE_DETAILS_MISMATCH)).containsExactly("DETAILS_MISMATCH");
        assertThat(decision(TestApplications.SAMPLE_FACE_MISMATCH)).isEqualTo("REJECTED");
        assertThat(reasons(TestApplications.SAMPLE_FACE_MISMATCH)).containsExactly("FACE_MISMATCH");
        assertThat(ended.get(TestApplications.SAMPLE_APPROVED).output()).contains("APPROVED")
                .doesNotContain("NICK", "SAMPLE", "S123456579010", "1957", "MAIN", "TALLAHASSEE");
    }

    @Test
    void theValidatorAnsweringInvalidRejectsTheApplication() throws Exception {
        recorded.on(COMPARE_FACES, Reply.fixture(FACES_MATCH));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        var invalid = LocalWorkflowComponent.create(local, stepFunctions.endpoint(), stepFunctions.stateMachineArn(),
                Map.of("VALIDATION_OVERRIDE", "false"));
        var decide = invalid.stepHandlers().get("DecideFunction");
        lambda.register("DecideFunction", input -> decide.handleRequest(input, null));
        try {
            String id = "a1000001";
            DescribeExecutionResponse ended = runToTheEnd(upload(id, TestApplications.samplePackageAs(TestApplications.SAMPLE_APPROVED, id)), true);

            assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(decision(id)).isEqualTo("REJECTED");
            assertThat(reasons(id)).containsExactly("LICENSE_INVALID");
        } finally {
            var standard = component.stepHandlers().get("DecideFunction");
            lambda.register("DecideFunction", input -> standard.handleRequest(input, null));
        }
    }

    @Test
    void aRetryableFailureIsRetriedAndTheApplicationStillDecided() throws Exception {
        recorded.on(COMPARE_FACES, Reply.fixture(FACES_MATCH));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        lambda.failNext("CheckFaceFunction", 1, new RetryableStepException("rekognition: throttled"));
        String id = "a1000002";

        DescribeExecutionResponse ended = runToTheEnd(upload(id, TestApplications.samplePackageAs(TestApplications.SAMPLE_APPROVED, id)), true);

        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(decision(id)).isEqualTo("APPROVED");
        assertThat(stepFunctions.history(ended.executionArn()))
                .anySatisfy(entry -> assertThat(entry.toString()).contains("Retried").contains("CheckFace"));
    }

    @Test
    void aPermanentFailureIsCaughtRecordedAndNotified() throws Exception {
        lambda.failNext("CheckDetailsFunction", 10, new PermanentStepException("textract: access denied"));
        recorded.on(COMPARE_FACES, Reply.fixture(FACES_MATCH));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        String id = "a1000003";

        DescribeExecutionResponse ended = runToTheEnd(upload(id, TestApplications.samplePackageAs(TestApplications.SAMPLE_APPROVED, id)), false);

        assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ended.error()).isEqualTo("DependencyFailure");
        assertThat(decision(id)).isEqualTo("NEEDS_REVIEW");
        assertThat(reasons(id)).containsExactly("DEPENDENCY_FAILURE");
        assertThat(item(id).get("EFFECTS").m()).containsKey("NOTIFY_PROCESSING_FAILED");
    }

    @Test
    void aRepeatedUploadEventStartsNoSecondExecution() throws Exception {
        recorded.on(COMPARE_FACES, Reply.fixture(FACES_MATCH));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        String id = "a1000004";
        Map<String, Object> event = upload(id, TestApplications.samplePackageAs(TestApplications.SAMPLE_APPROVED, id));

        Map<String, Object> first = component.startApplicationHandler().handleRequest(event, null);
        Map<String, Object> whileRunning = component.startApplicationHandler().handleRequest(event, null);
        settleLicenseChecks(1);
        DescribeExecutionResponse ended = stepFunctions.awaitCompletion(executionArn(first), COMPLETION);
        Map<String, Object> afterTheEnd = component.startApplicationHandler().handleRequest(event, null);

        // Step Functions answers a repeated start of a running Standard execution with the same execution
        assertThat(whileRunning.get("executionName")).isEqualTo(first.get("executionName"));
        assertThat(afterTheEnd.get("status")).isEqualTo("ALREADY_STARTED");
        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(lambda.invocations("ReceivePackageFunction")).filteredOn(input -> input.toString().contains(id))
                .hasSize(1);
        assertThat(decision(id)).isEqualTo("APPROVED");
    }

    @Test
    void aValidatorThatNeverAnswersEndsTheWaitRecordedAndNotified() throws Exception {
        recorded.on(COMPARE_FACES, Reply.fixture(FACES_MATCH));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        String id = "a1000005";
        try (var functions = LocalLambdaInvokeServer.start();
             var impatient = LocalStepFunctions.builder(LocalWorkflowStack.definition(), functions.endpoint())
                     .stateTimeout("Decide", SHORT_LICENSE_CHECK_WAIT).noRetryWaits().start()) {
            var workflow = stack.workflowOn(impatient, functions);
            Map<String, Object> started = workflow.startApplicationHandler().handleRequest(
                    upload(id, TestApplications.samplePackageAs(TestApplications.SAMPLE_APPROVED, id)), null);
            String executionArn = impatient.stateMachineArn().replace(":stateMachine:", ":execution:") + ":"
                    + started.get("executionName");

            DescribeExecutionResponse ended = impatient.awaitCompletion(executionArn, COMPLETION);

            assertThat(ended.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(ended.error()).isEqualTo("DependencyFailure");
            assertThat(impatient.history(executionArn))
                    .anySatisfy(entry -> assertThat(entry.toString()).contains("States.Timeout"));
        } finally {
            drainLicenseQueue();   // the check nobody answered
        }
        assertThat(decision(id)).isEqualTo("NEEDS_REVIEW");
        assertThat(reasons(id)).containsExactly("DEPENDENCY_FAILURE");
        assertThat(item(id).get("EFFECTS").m()).containsKey("NOTIFY_PROCESSING_FAILED");
    }

    /** Announces the upload as EventBridge would and runs its execution to the end, answering licence checks. */
    private static DescribeExecutionResponse runToTheEnd(Map<String, Object> event, boolean answerLicenseChecks)
            throws IOException {
        String executionArn = executionArn(component.startApplicationHandler().handleRequest(event, null));
        if (answerLicenseChecks) {
            settleLicenseChecks(1);
        }
        return stepFunctions.awaitCompletion(executionArn, COMPLETION);
    }

    /** The ARN of the execution StartApplicationFunction says it started (it answers with the name). */
    private static String executionArn(Map<String, Object> started) {
        return stepFunctions.stateMachineArn().replace(":stateMachine:", ":execution:") + ":"
                + started.get("executionName");
    }

    /** What SQS's event source mapping does: hands LicenseQueue's messages to SubmitLicenseLambdaFunction. */
    private static void settleLicenseChecks(int expected) throws IOException {
        long deadline = System.nanoTime() + COMPLETION.toNanos();
        int settled = 0;
        while (System.nanoTime() < deadline) {
            List<Message> messages = local.sqs().receiveMessage(r -> r.queueUrl(local.licenseQueueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            if (messages.isEmpty() && settled >= expected) {
                return;
            }
            var records = new ArrayList<SQSEvent.SQSMessage>();
            for (Message message : messages) {
                var record = new SQSEvent.SQSMessage();
                record.setMessageId(message.messageId());
                record.setBody(message.body());
                records.add(record);
                local.sqs().deleteMessage(d -> d.queueUrl(local.licenseQueueUrl())
                        .receiptHandle(message.receiptHandle()));
            }
            if (!records.isEmpty()) {
                var event = new SQSEvent();
                event.setRecords(records);
                assertThat(component.submitLicenseHandler().handleRequest(event, null).getBatchItemFailures())
                        .isEmpty();
                settled += records.size();
            }
        }
        throw new AssertionError("no licence check arrived in time");
    }

    private static void drainLicenseQueue() {
        for (Message message : local.sqs().receiveMessage(r -> r.queueUrl(local.licenseQueueUrl())
                .maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
            local.sqs().deleteMessage(d -> d.queueUrl(local.licenseQueueUrl()).receiptHandle(message.receiptHandle()));
        }
    }

    /** Puts the package in S3Proxy and returns the EventBridge "Object Created" event S3 would send for it. */
    private static Map<String, Object> upload(String id, byte[] zip) throws IOException {
        String key = "zipped/" + id + ".zip";
        var put = local.s3().putObject(p -> p.bucket(local.bucket()).key(key).contentType("application/zip"),
                RequestBody.fromBytes(zip));
        var object = new LinkedHashMap<String, Object>();
        object.put("key", key);
        object.put("size", zip.length);
        object.put("etag", put.eTag().replace("\"", ""));
        if (put.versionId() != null) {
            object.put("version-id", put.versionId());
        }
        return Map.of("version", "0", "id", "17793124-05d4-b198-2fde-7ededc63b103", "detail-type", "Object Created",
                "source", "aws.s3", "account", "000000000000", "time", "2026-11-28T10:00:00Z",
                "region", LocalAws.REGION.id(), "resources", List.of("arn:aws:s3:::" + local.bucket()),
                "detail", Map.of("version", "0", "bucket", Map.of("name", local.bucket()), "object", object,
                        "reason", "PutObject"));
    }

    private static Map<String, AttributeValue> item(String id) {
        return local.dynamoDb().getItem(g -> g.tableName(local.table()).consistentRead(true)
                .key(Map.of("APP_UUID", AttributeValue.fromS(id)))).item();
    }

    private static String decision(String id) {
        return item(id).get("DECISION").s();
    }

    private static List<String> reasons(String id) {
        return item(id).get("DECISION_REASONS").l().stream().map(AttributeValue::s).toList();
    }
}
