package io.onboarding.lambdas.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.onboarding.adapters.aws.sqs.LicenseCheckMessages;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.RecordingTaskCallbacks;
import io.onboarding.lambdas.di.TestSubmitLicenseComponent;
import io.onboarding.lambdas.di.TestWorkflowComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmitLicenseHandlerTest {
    private final TestSubmitLicenseComponent component = TestSubmitLicenseComponent.create();
    private final Fakes fakes = component.fakes();
    private final SubmitLicenseHandler handler = new SubmitLicenseHandler(component);

    @Test
    void reportsOnlyTheFailedMessagesOfABatch() {
        PackageRef ref = new PackageRef("zipped/8d247914.zip", "v1");
        fakes.documents.withPackage(ref, TestApplications.samplePackage("8d247914"));
        component.processApplicationPackage().process(ref);

        SQSBatchResponse response = handler.handleRequest(EventLoader.loadSQSEvent("events/sqs-license-checks.json"),
                null);

        // msg-2 is not JSON, msg-3 names an unknown application, msg-4 lacks validation_override
        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("msg-2", "msg-3", "msg-4");
        assertThat(fakes.repository.get(ApplicationId.of("8d247914")).decision()).contains(KycDecision.approved());
        assertThat(fakes.validator.validated()).containsExactly("S123456579010");
    }

    @Test
    void logsFailuresWithMessageIdsAndNoContent() {
        handler.handleRequest(EventLoader.loadSQSEvent("events/sqs-license-checks.json"), null);

        assertThat(fakes.logLines()).hasSize(4).allSatisfy(line -> {
            assertThat(line).contains("\"event\":\"failed\"").containsPattern("\"item\":\"msg-[1-4]\"");
            assertThat(line).doesNotContain("S123456579010", "not json");
        });
    }

    /** An SQS event of one LicenseQueue message carrying {@code taskToken}, as DecideFunction queues it. */
    private static SQSEvent messageWithToken(String id, String taskToken) {
        var message = new SQSEvent.SQSMessage();
        message.setMessageId("msg-" + id);
        message.setBody(LicenseCheckMessages.format(new LicenseCheckRequest("S123456579010", true,
                ApplicationId.of(id)), taskToken));
        var event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }

    private static TestWorkflowComponent waitingForTheLicenceCheck(TestWorkflowComponent workflow) {
        WorkflowInputs.receivedAndChecked(workflow, "8d247914");
        new DecideHandler(workflow).handleRequest(WorkflowInputs.decide("8d247914", "token-1"), null);
        return workflow;
    }

    @Test
    void reportsTheSettledDecisionToTheWaitingExecution() {
        TestWorkflowComponent workflow = waitingForTheLicenceCheck(TestWorkflowComponent.create());

        SQSBatchResponse response = new SubmitLicenseHandler(workflow)
                .handleRequest(messageWithToken("8d247914", "token-1"), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(workflow.fakes().callbacks.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.taskToken()).isEqualTo("token-1");
            assertThat(answer.success()).isTrue();
            assertThat(answer.output()).isEqualTo("{\"appUuid\":\"8d247914\",\"sourceVersion\":\""
                    + WorkflowInputs.VERSION + "\",\"decision\":\"APPROVED\",\"reasons\":[]}");
        });
        assertThat(workflow.fakes().logLines()).noneMatch(line -> line.contains("token-1"));
    }

    @Test
    void reportsAnInvalidLicenceAsTheRejectionItSettled() {
        TestWorkflowComponent workflow = waitingForTheLicenceCheck(
                TestWorkflowComponent.create(Map.of("VALIDATION_OVERRIDE", "false")));
        var message = messageWithToken("8d247914", "token-1");
        message.getRecords().get(0).setBody(message.getRecords().get(0).getBody()
                .replace("\"validation_override\":true", "\"validation_override\":false"));

        new SubmitLicenseHandler(workflow).handleRequest(message, null);

        assertThat(workflow.fakes().callbacks.answers()).singleElement().satisfies(answer ->
                assertThat(answer.output()).contains("\"decision\":\"REJECTED\"", "LICENSE_INVALID"));
    }

    @Test
    void failsTheWaitWithoutRedeliveryWhenTheApplicationHasNoRecord() {
        TestWorkflowComponent workflow = TestWorkflowComponent.create();

        SQSBatchResponse response = new SubmitLicenseHandler(workflow)
                .handleRequest(messageWithToken("0000ffff", "token-9"), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(workflow.fakes().callbacks.answers()).containsExactly(new RecordingTaskCallbacks.Answer(
                "token-9", false, null, "LicenseCheckFailed", "application-not-found"));
    }

    @Test
    void failsTheWaitNamingTheValidatorWhenItRefusesForGood() {
        TestWorkflowComponent workflow = waitingForTheLicenceCheck(TestWorkflowComponent.create());
        workflow.fakes().validator.failingOnceWith(new DependencyException("license-validator", "HTTP 403"));

        SQSBatchResponse response = new SubmitLicenseHandler(workflow)
                .handleRequest(messageWithToken("8d247914", "token-1"), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(workflow.fakes().callbacks.answers()).containsExactly(new RecordingTaskCallbacks.Answer(
                "token-1", false, null, "LicenseCheckFailed", "license-validator"));
    }

    @Test
    void leavesARetryableFailureToRedeliveryWithoutAnsweringTheWait() {
        TestWorkflowComponent workflow = waitingForTheLicenceCheck(TestWorkflowComponent.create());
        workflow.fakes().validator.failingOnceWith(new TransientDependencyException("license-validator", "HTTP 503"));

        SQSBatchResponse response = new SubmitLicenseHandler(workflow)
                .handleRequest(messageWithToken("8d247914", "token-1"), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("msg-8d247914");
        assertThat(workflow.fakes().callbacks.answers()).isEmpty();
    }

    @Test
    void redeliversAMessageWhoseAnswerCouldNotBeSentAndAnswersOnTheNextDelivery() {
        TestWorkflowComponent workflow = waitingForTheLicenceCheck(TestWorkflowComponent.create());
        workflow.fakes().callbacks.failingOnceWith(
                new TransientDependencyException("step-functions", "SendTaskSuccess failed"));
        var handler = new SubmitLicenseHandler(workflow);

        SQSBatchResponse first = handler.handleRequest(messageWithToken("8d247914", "token-1"), null);
        SQSBatchResponse second = handler.handleRequest(messageWithToken("8d247914", "token-1"), null);

        assertThat(first.getBatchItemFailures()).hasSize(1);
        assertThat(second.getBatchItemFailures()).isEmpty();
        assertThat(workflow.fakes().callbacks.answers()).extracting(RecordingTaskCallbacks.Answer::taskToken)
                .containsExactly("token-1");
        assertThat(workflow.fakes().validator.validated()).hasSize(1);
    }

    @Test
    void logsAWaitAlreadyOverAndDeletesTheMessage() {
        TestWorkflowComponent workflow = waitingForTheLicenceCheck(TestWorkflowComponent.create());
        workflow.fakes().callbacks.waitOver("token-1");

        SQSBatchResponse response = new SubmitLicenseHandler(workflow)
                .handleRequest(messageWithToken("8d247914", "token-1"), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(workflow.fakes().logLines()).anySatisfy(line -> assertThat(line)
                .contains("\"event\":\"task_wait_over\"").contains("\"app_uuid\":\"8d247914\""));
    }

    @Test
    void answersAnEmptyBatchWithNoFailures() {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of());

        assertThat(handler.handleRequest(event, null).getBatchItemFailures()).isEmpty();
    }
}
