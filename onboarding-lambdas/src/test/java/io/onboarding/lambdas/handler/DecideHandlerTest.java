package io.onboarding.lambdas.handler;

import static io.onboarding.lambdas.handler.WorkflowInputs.VERSION;
import static io.onboarding.lambdas.handler.WorkflowInputs.decide;
import static io.onboarding.lambdas.handler.WorkflowInputs.receivedAndChecked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.RecordingTaskCallbacks.Answer;
import io.onboarding.lambdas.di.RecordingTaskQueues.Queued;
import io.onboarding.lambdas.di.TestWorkflowComponent;
import io.onboarding.lambdas.workflow.PermanentStepException;
import io.onboarding.lambdas.workflow.RetryableStepException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecideHandlerTest {
    private static final String APPROVED = TestApplications.SAMPLE_APPROVED;
    private static final String MISMATCH = TestApplications.SAMPLE_DETAILS_MISMATCH;

    private TestWorkflowComponent component = TestWorkflowComponent.create();
    private Fakes fakes = component.fakes();
    private DecideHandler handler = new DecideHandler(component);

    private void withDecisionSettings(Map<String, String> settings) {
        component = TestWorkflowComponent.create(settings);
        fakes = component.fakes();
        handler = new DecideHandler(component);
    }

    @Test
    void queuesTheLicenceCheckWithTheTaskTokenAndLeavesTheWaitToTheAnswer() {
        receivedAndChecked(component, APPROVED);

        Map<String, Object> out = handler.handleRequest(decide(APPROVED, "token-1"), null);

        assertThat(out).containsEntry("appUuid", APPROVED).containsEntry("sourceVersion", VERSION)
                .containsEntry("decision", "PENDING_LICENSE_VALIDATION");
        assertThat(fakes.taskQueues.queued()).extracting(Queued::taskToken).containsExactly("token-1");
        assertThat(fakes.taskQueues.queued().get(0).request().driverLicenseId()).isEqualTo("S123456579010");
        assertThat(fakes.callbacks.answers()).isEmpty();
        assertThat(fakes.logLines()).noneMatch(line -> line.contains("token-1") || line.contains("S123456579010"));
    }

    @Test
    void endsTheWaitItselfWhenTheDecisionNeedsNoLicenceCheck() {
        receivedAndChecked(component, MISMATCH);

        Map<String, Object> out = handler.handleRequest(decide(MISMATCH, "token-1"), null);

        assertThat(out).containsEntry("decision", "REJECTED");
        assertThat(fakes.taskQueues.queued()).isEmpty();
        assertThat(fakes.callbacks.answers()).containsExactly(new Answer("token-1", true,
                "{\"appUuid\":\"7a135804\",\"sourceVersion\":\"" + VERSION + "\",\"decision\":\"REJECTED\","
                        + "\"reasons\":[\"DETAILS_MISMATCH\"]}", null, null));
    }

    @Test
    void endsTheWaitItselfWhenThePolicyNeverValidatesLicences() {
        withDecisionSettings(Map.of("LICENSE_VALIDATION", "NEVER"));
        receivedAndChecked(component, APPROVED);

        handler.handleRequest(decide(APPROVED, "token-1"), null);

        assertThat(fakes.callbacks.answers()).singleElement()
                .satisfies(answer -> assertThat(answer.output()).contains("\"decision\":\"APPROVED\""));
        assertThat(fakes.taskQueues.queued()).isEmpty();
    }

    @Test
    void queuesTheCheckAgainWithTheNewTokenWhenARetriedDecideFindsItPending() {
        receivedAndChecked(component, APPROVED);
        handler.handleRequest(decide(APPROVED, "token-1"), null);

        Map<String, Object> out = handler.handleRequest(decide(APPROVED, "token-2"), null);

        assertThat(out).containsEntry("decision", "PENDING_LICENSE_VALIDATION");
        assertThat(fakes.taskQueues.queued()).extracting(Queued::taskToken).containsExactly("token-1", "token-2");
        assertThat(fakes.logLines()).anyMatch(line -> line.contains("\"event\":\"license_check_requeued\""));
    }

    @Test
    void reportsAnUploadDecidedEarlierToTheNewWait() {
        receivedAndChecked(component, MISMATCH);
        handler.handleRequest(decide(MISMATCH, "token-1"), null);

        handler.handleRequest(decide(MISMATCH, "token-2"), null);

        assertThat(fakes.callbacks.answers()).extracting(Answer::taskToken).containsExactly("token-1", "token-2");
        assertThat(fakes.notifier.sent()).hasSize(1);
    }

    @Test
    void logsAWaitAlreadyOverAndSucceeds() {
        receivedAndChecked(component, MISMATCH);
        fakes.callbacks.waitOver("token-1");

        Map<String, Object> out = handler.handleRequest(decide(MISMATCH, "token-1"), null);

        assertThat(out).containsEntry("decision", "REJECTED");
        assertThat(fakes.logLines()).anySatisfy(line -> assertThat(line).contains("\"event\":\"task_wait_over\"")
                .contains("\"app_uuid\":\"7a135804\"").doesNotContain("token-1"));
    }

    @Test
    void throwsARetryableStepErrorWhenTheQueueIsThrottled() {
        receivedAndChecked(component, APPROVED);
        fakes.queue.failingOnceWith(new TransientDependencyException("sqs", "SendMessage failed: Throttling"));

        assertThatThrownBy(() -> handler.handleRequest(decide(APPROVED, "token-1"), null))
                .isInstanceOf(RetryableStepException.class)
                .hasMessage("sqs: Decide of application 8d247914 failed");
    }

    @Test
    void throwsARetryableStepErrorWhenTheCallbackFailsForNow() {
        receivedAndChecked(component, MISMATCH);
        fakes.callbacks.failingOnceWith(new TransientDependencyException("step-functions", "SendTaskSuccess failed"));

        assertThatThrownBy(() -> handler.handleRequest(decide(MISMATCH, "token-1"), null))
                .isInstanceOf(RetryableStepException.class)
                .hasMessage("step-functions: Decide of application 7a135804 failed");
    }

    @Test
    void throwsAPermanentStepErrorNamingTheDependencyWhenTheNotifierRefuses() {
        receivedAndChecked(component, MISMATCH);
        fakes.notifier.failingWith(new DependencyException("sns", "Publish failed: AuthorizationError"));

        assertThatThrownBy(() -> handler.handleRequest(decide(MISMATCH, "token-1"), null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessage("sns: Decide of application 7a135804 failed");
        assertThat(fakes.callbacks.answers()).isEmpty();
    }

    @Test
    void throwsAPermanentWorkflowErrorWithoutATaskTokenOrBeforeTheChecks() {
        receivedAndChecked(component, APPROVED);
        Map<String, Object> noToken = decide(APPROVED, "token-1");
        noToken.remove("taskToken");
        WorkflowInputs.upload(component, MISMATCH);
        new ReceivePackageHandler(component).handleRequest(WorkflowInputs.execution("zipped/7a135804.zip"), null);

        assertThatThrownBy(() -> handler.handleRequest(noToken, null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessage("workflow: Decide got invalid input");
        assertThatThrownBy(() -> handler.handleRequest(decide(MISMATCH, "token-1"), null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessage("workflow: Decide of application 7a135804 ran before the steps it needs");
        assertThat(fakes.taskQueues.queued()).isEmpty();
        assertThat(fakes.callbacks.answers()).isEqualTo(List.of());
    }
}
