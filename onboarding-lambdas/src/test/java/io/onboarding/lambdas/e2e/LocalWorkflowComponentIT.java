package io.onboarding.lambdas.e2e;

import static io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer.SEND_TASK_SUCCESS;
import static io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer.START_EXECUTION;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.ANALYZE_ID;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.COMPARE_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.DETECT_FACES;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.fauxqs.Fauxqs;
import io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer;
import io.onboarding.adapters.aws.recorded.LoopbackValidatorServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.LocalEndpoints;
import io.onboarding.lambdas.di.LocalWorkflowComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * {@link LocalWorkflowComponent}, as the workflow harness uses it, on the local servers: the approved sample goes
 * from its EventBridge event through the step handlers in the state machine's order to the licence check, whose
 * answer reaches the waiting task through Step Functions' SendTaskSuccess (a loopback server speaking AWS JSON 1.0
 * stands in for the service and the harness).
 */
class LocalWorkflowComponentIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = TestApplications.SAMPLE_APPROVED;

    private static RecordedAwsServer recorded;
    private static LoopbackValidatorServer validator;
    private static LoopbackStepFunctionsServer stepFunctions;
    private static LocalEndpoints local;
    private static LocalWorkflowComponent component;

    @BeforeAll
    static void startServers() {
        recorded = RecordedAwsServer.start();
        validator = LoopbackValidatorServer.start();
        stepFunctions = LoopbackStepFunctionsServer.start();
        var sns = Fauxqs.shared().sns();
        String topicArn = sns.createTopic(t -> t.name(LocalAws.unique("ApplicationNotifications"))).topicArn();
        local = new LocalEndpoints(LocalAws.s3(), LocalAws.dynamoDb(), LocalAws.sqs(), sns, recorded.rekognition(),
                recorded.textract(), LocalAws.createBucket(), LocalAws.createApplicationTable(), topicArn,
                LocalAws.createQueue(), validator.uri());
        component = LocalWorkflowComponent.create(local, stepFunctions.endpoint());
        recorded.on(COMPARE_FACES, Reply.fixture("rekognition/compare-faces-licence-portrait-matches.json"));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        recorded.on(ANALYZE_ID, Reply.fixture("textract/analyze-id-sample-licence.json"));
    }

    @AfterAll
    static void stopServers() {
        for (AutoCloseable server : new AutoCloseable[] {recorded, validator, stepFunctions}) {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The EventBridge event S3 sends for an upload (S3Proxy keeps no versions: the ETag names the version). */
    private static Map<String, Object> objectCreated(String key, String eTag) {
        Map<String, Object> object = Map.of("key", key, "size", 1, "etag", eTag);
        return Map.of("version", "0", "detail-type", "Object Created", "source", "aws.s3",
                "detail", Map.of("bucket", Map.of("name", local.bucket()), "object", object));
    }

    private static Map<String, Object> run(String function, Map<String, Object> input) {
        RequestHandler<Map<String, Object>, Map<String, Object>> handler = component.stepHandlers().get(function);
        return handler.handleRequest(input, null);
    }

    private static SQSEvent licenseQueueMessages() {
        List<Message> messages = local.sqs().receiveMessage(r -> r.queueUrl(local.licenseQueueUrl())
                .maxNumberOfMessages(10).waitTimeSeconds(2)).messages();
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message message : messages) {
            var record = new SQSEvent.SQSMessage();
            record.setMessageId(message.messageId());
            record.setBody(message.body());
            records.add(record);
        }
        var event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    @Test
    void takesTheApprovedSampleFromItsEventThroughTheStepsToTheWaitsAnswer() throws Exception {
        String key = "zipped/" + ID + ".zip";
        PutObjectResponse put = local.s3().putObject(p -> p.bucket(local.bucket()).key(key),
                RequestBody.fromBytes(TestApplications.samplePackage(ID)));
        Map<String, Object> event = objectCreated(key, put.eTag().replace("\"", ""));

        Map<String, Object> started = component.startApplicationHandler().handleRequest(event, null);
        Map<String, Object> repeated = component.startApplicationHandler().handleRequest(event, null);

        assertThat(started).containsEntry("status", "STARTED");
        assertThat(repeated).containsEntry("status", "ALREADY_STARTED");
        JsonNode start = stepFunctions.calls(START_EXECUTION).get(0).json();
        assertThat(start.path("stateMachineArn").asText()).isEqualTo(LocalWorkflowComponent.STATE_MACHINE_ARN);
        Map<String, Object> input = JSON.readValue(start.path("input").asText(),
                new TypeReference<HashMap<String, Object>>() { });

        Map<String, Object> application = run("ReceivePackageFunction", input);
        Map<String, Object> ids = Map.of("appUuid", application.get("appUuid"),
                "sourceVersion", application.get("sourceVersion"));
        Map<String, Object> face = run("CheckFaceFunction", ids);
        Map<String, Object> details = run("CheckDetailsFunction", ids);
        var decideInput = new HashMap<>(ids);
        decideInput.put("taskToken", "local-token-1");
        Map<String, Object> decided = run("DecideFunction", decideInput);
        SQSBatchResponse submitted = component.submitLicenseHandler().handleRequest(licenseQueueMessages(), null);

        assertThat(application).containsEntry("appUuid", ID).containsEntry("decided", false);
        assertThat(face).containsEntry("passed", true);
        assertThat(details).containsEntry("passed", true);
        assertThat(decided).containsEntry("decision", "PENDING_LICENSE_VALIDATION");
        assertThat(submitted.getBatchItemFailures()).isEmpty();
        assertThat(validator.requests()).hasSize(1);
        JsonNode answer = stepFunctions.calls(SEND_TASK_SUCCESS).get(0).json();
        assertThat(answer.path("taskToken").asText()).isEqualTo("local-token-1");
        assertThat(JSON.readTree(answer.path("output").asText()).path("decision").asText()).isEqualTo("APPROVED");
        Map<String, AttributeValue> item = local.dynamoDb().getItem(g -> g.tableName(local.table())
                .consistentRead(true).key(Map.of("APP_UUID", AttributeValue.fromS(ID)))).item();
        assertThat(item.get("DECISION").s()).isEqualTo("APPROVED");
    }
}
