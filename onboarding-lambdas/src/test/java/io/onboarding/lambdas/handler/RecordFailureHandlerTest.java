package io.onboarding.lambdas.handler;

import static io.onboarding.lambdas.handler.WorkflowInputs.VERSION;
import static io.onboarding.lambdas.handler.WorkflowInputs.decide;
import static io.onboarding.lambdas.handler.WorkflowInputs.failure;
import static io.onboarding.lambdas.handler.WorkflowInputs.receivedAndChecked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.usecase.ReceivePackage;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.TestWorkflowComponent;
import io.onboarding.lambdas.workflow.RetryableStepException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordFailureHandlerTest {
    private static final String KEY = "zipped/8d247914.zip";

    private final TestWorkflowComponent component = TestWorkflowComponent.create();
    private final Fakes fakes = component.fakes();
    private final RecordFailureHandler handler = new RecordFailureHandler(component);

    /** The Cause Step Functions gives a Lambda task's error: the function's error as a JSON string. */
    private static String lambdaError(String type, String message) {
        return "{\"errorMessage\":\"" + message + "\",\"errorType\":\"" + type + "\",\"stackTrace\":[]}";
    }

    private List<String> reportedCodes() {
        return fakes.notifier.sent().stream().filter(n -> n.kind() == Notification.Kind.PROCESSING_FAILED)
                .flatMap(n -> n.reasonCodes().stream()).toList();
    }

    @Test
    void recordsALicenceCheckThatTimedOutAsNeedingReview() {
        receivedAndChecked(component, "8d247914");
        new DecideHandler(component).handleRequest(decide("8d247914", "token-1"), null);

        Map<String, Object> out = handler.handleRequest(failure(KEY, "States.Timeout", "license-check-timeout"), null);

        assertThat(out).containsExactlyInAnyOrderEntriesOf(Map.of("appUuid", "8d247914", "sourceVersion", VERSION,
                "decision", "NEEDS_REVIEW", "reasons", List.of("DEPENDENCY_FAILURE")));
        assertThat(reportedCodes()).containsExactly("DEPENDENCY_FAILURE", "DEPENDENCY_LICENSE_CHECK_TIMEOUT");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "PermanentStepException | rekognition: CheckFace of application 8d247914 failed | DEPENDENCY_REKOGNITION",
            "RetryableStepException | textract: CheckDetails of application 8d247914 failed | DEPENDENCY_TEXTRACT",
            "PermanentStepException | license-validator: x | DEPENDENCY_LICENSE_VALIDATOR",
            "PermanentStepException | no dependency named here | DEPENDENCY_WORKFLOW",
            "java.lang.IllegalArgumentException | rekognition: not our error | DEPENDENCY_WORKFLOW"})
    void readsTheDependencyFromTheMessageOfAStepError(String simpleType, String message, String code) {
        String type = simpleType.contains(".") ? simpleType : "io.onboarding.lambdas.workflow." + simpleType;

        Map<String, Object> out = handler.handleRequest(failure(KEY, type, lambdaError(type, message)), null);

        assertThat(out).containsEntry("decision", "NEEDS_REVIEW");
        assertThat(reportedCodes()).containsExactly("DEPENDENCY_FAILURE", code);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "LicenseCheckFailed | license-validator | DEPENDENCY_LICENSE_VALIDATOR",
            "LicenseCheckFailed | application-not-found | DEPENDENCY_APPLICATION_NOT_FOUND",
            "LicenseCheckFailed | not a code! | DEPENDENCY_WORKFLOW",
            "States.TaskFailed | something | DEPENDENCY_WORKFLOW",
            "Lambda.Unknown | The cause could not be determined | DEPENDENCY_WORKFLOW",
            "io.onboarding.lambdas.workflow.PermanentStepException | not json | DEPENDENCY_WORKFLOW"})
    void readsTheDependencyOfOtherErrorsOrFallsBackToWorkflow(String error, String cause, String code) {
        handler.handleRequest(failure(KEY, error, cause), null);

        assertThat(reportedCodes()).containsExactly("DEPENDENCY_FAILURE", code);
    }

    @Test
    void recordsAFailureWithoutAnErrorAsTheWorkflows() {
        Map<String, Object> input = WorkflowInputs.execution(KEY);

        handler.handleRequest(input, null);

        assertThat(reportedCodes()).containsExactly("DEPENDENCY_FAILURE", "DEPENDENCY_WORKFLOW");
    }

    @Test
    void recordsAKeyNamingNoValidIdUnderTheSameHashedIdAsReceivePackage() {
        String key = "zipped/Jane Doe.zip";

        Map<String, Object> out = handler.handleRequest(failure(key, "States.TaskFailed", "x"), null);

        ApplicationId hashed = ReceivePackage.unaddressableId(key);
        assertThat(out).containsEntry("appUuid", hashed.value()).containsEntry("decision", "NEEDS_REVIEW");
        assertThat(fakes.repository.get(hashed).decision().orElseThrow().outcome())
                .isEqualTo(DecisionOutcome.NEEDS_REVIEW);
    }

    @Test
    void keepsAFinalDecisionAndNotifiesNothingMore() {
        receivedAndChecked(component, "7a135804");
        new DecideHandler(component).handleRequest(decide("7a135804", "token-1"), null);
        int notified = fakes.notifier.sent().size();

        Map<String, Object> out = handler.handleRequest(failure("zipped/7a135804.zip", "States.TaskFailed", "x"),
                null);

        assertThat(out).containsEntry("decision", "REJECTED");
        assertThat(fakes.notifier.sent()).hasSize(notified);
    }

    @Test
    void recordsNothingForAnUploadANewerOneReplaced() {
        receivedAndChecked(component, "8d247914");
        var before = fakes.repository.history().size();
        String cause = lambdaError("io.onboarding.lambdas.workflow.PermanentStepException",
                "superseded: CheckFace of application 8d247914 was replaced by a newer upload");
        Map<String, Object> input = failure(KEY, "io.onboarding.lambdas.workflow.PermanentStepException", cause);

        Map<String, Object> out = handler.handleRequest(input, null);

        assertThat(out).containsEntry("superseded", true).containsEntry("decision", null);
        assertThat(fakes.repository.history()).hasSize(before);
        assertThat(fakes.notifier.sent()).isEmpty();
    }

    @Test
    void throwsARetryableStepErrorWhenTheNotifierIsThrottled() {
        fakes.notifier.failingOnceWith(new TransientDependencyException("sns", "Publish failed: Throttling"));
        Map<String, Object> input = new HashMap<>(failure(KEY, "States.Timeout", "license-check-timeout"));

        assertThatThrownBy(() -> handler.handleRequest(input, null))
                .isInstanceOf(RetryableStepException.class)
                .hasMessage("sns: RecordFailure of application 8d247914 failed");
    }
}
