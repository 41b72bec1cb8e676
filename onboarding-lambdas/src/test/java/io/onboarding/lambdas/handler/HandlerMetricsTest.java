package io.onboarding.lambdas.handler;

import static io.onboarding.lambdas.handler.WorkflowInputs.application;
import static io.onboarding.lambdas.handler.WorkflowInputs.decide;
import static io.onboarding.lambdas.handler.WorkflowInputs.execution;
import static io.onboarding.lambdas.handler.WorkflowInputs.failure;
import static io.onboarding.lambdas.handler.WorkflowInputs.receivedAndChecked;
import static io.onboarding.lambdas.metrics.OnboardingMetrics.DECISIONS;
import static io.onboarding.lambdas.metrics.OnboardingMetrics.DEPENDENCY_FAILURES;
import static io.onboarding.lambdas.metrics.OnboardingMetrics.OUTCOME;
import static io.onboarding.lambdas.metrics.OnboardingMetrics.REASON;
import static io.onboarding.lambdas.metrics.OnboardingMetrics.REFUSALS;
import static io.onboarding.lambdas.metrics.OnboardingMetrics.SERVICE;
import static io.onboarding.lambdas.metrics.OnboardingMetrics.STEP;
import static io.onboarding.lambdas.metrics.OnboardingMetrics.STEP_LATENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.onboarding.adapters.aws.sqs.LicenseCheckMessages;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.TestDocumentComponent;
import io.onboarding.lambdas.di.TestWorkflowComponent;
import io.onboarding.lambdas.metrics.RecordedMetrics;
import io.onboarding.lambdas.workflow.RetryableStepException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each function measures: one latency per invocation, and each decision once, when it is recorded. */
class HandlerMetricsTest {
    private final RecordedMetrics recorded = new RecordedMetrics();
    private final TestWorkflowComponent workflow = TestWorkflowComponent.create();

    @Test
    void receivingARefusedPackageCountsItsRejectionAndItsReason() {
        var handler = new ReceivePackageHandler(workflow, recorded.metrics());

        handler.handleRequest(execution("zipped/John Smith passport.zip"), null);

        assertThat(recorded.values(DECISIONS, OUTCOME)).containsExactly("REJECTED");
        assertThat(recorded.values(REFUSALS, REASON)).containsExactly("INVALID_APPLICATION_ID");
        assertThat(recorded.values(STEP_LATENCY, STEP)).containsExactly("ReceivePackage");
        assertThat(recorded.text()).noneMatch(line -> line.contains("John"));
    }

    @Test
    void receivingAndCheckingAnAcceptedPackageMeasuresOnlyLatency() {
        WorkflowInputs.upload(workflow, "8d247914");

        new ReceivePackageHandler(workflow, recorded.metrics()).handleRequest(execution("zipped/8d247914.zip"), null);
        new CheckFaceHandler(workflow, recorded.metrics()).handleRequest(application("8d247914"), null);
        new CheckDetailsHandler(workflow, recorded.metrics()).handleRequest(application("8d247914"), null);

        assertThat(recorded.values(STEP_LATENCY, STEP)).containsExactly("ReceivePackage", "CheckFace", "CheckDetails");
        assertThat(recorded.lines()).hasSize(3);
    }

    @Test
    void decidingCountsAFinalDecisionOnceHoweverOftenItIsDelivered() {
        receivedAndChecked(workflow, "7a135804");
        var handler = new DecideHandler(workflow, recorded.metrics());

        handler.handleRequest(decide("7a135804", "token-1"), null);
        handler.handleRequest(decide("7a135804", "token-2"), null);

        assertThat(recorded.values(DECISIONS, OUTCOME)).containsExactly("REJECTED");
        assertThat(recorded.values(STEP_LATENCY, STEP)).containsExactly("Decide", "Decide");
    }

    @Test
    void countsALicenceCheckDecisionWhenTheSubmitterSettlesItNotWhenItIsQueued() {
        receivedAndChecked(workflow, "8d247914");
        new DecideHandler(workflow, recorded.metrics()).handleRequest(decide("8d247914", "token-1"), null);

        new SubmitLicenseHandler(workflow, recorded.metrics()).handleRequest(licenceCheck("8d247914", "token-1"),
                null);

        assertThat(recorded.values(DECISIONS, OUTCOME)).containsExactly("APPROVED");
        assertThat(recorded.values(STEP_LATENCY, STEP)).containsExactly("Decide", "SubmitLicense");
    }

    @Test
    void recordingAFailureCountsTheDependencyThatKeptFailing() {
        receivedAndChecked(workflow, "8d247914");
        new DecideHandler(workflow).handleRequest(decide("8d247914", "token-1"), null);
        var handler = new RecordFailureHandler(workflow, recorded.metrics());

        handler.handleRequest(failure("zipped/8d247914.zip", "States.Timeout", "license-check-timeout"), null);
        handler.handleRequest(failure("zipped/8d247914.zip", "States.Timeout", "license-check-timeout"), null);

        assertThat(recorded.values(DECISIONS, OUTCOME)).containsExactly("NEEDS_REVIEW");
        assertThat(recorded.values(DEPENDENCY_FAILURES, SERVICE)).containsExactly("LICENSE_CHECK_TIMEOUT");
        assertThat(recorded.values(STEP_LATENCY, STEP)).containsExactly("RecordFailure", "RecordFailure");
    }

    @Test
    void measuresTheLatencyOfAFailedStepToo() {
        WorkflowInputs.upload(workflow, "8d247914");
        workflow.fakes().documents.failingToStoreWith(new TransientDependencyException("s3", "SlowDown"));
        var handler = new ReceivePackageHandler(workflow, recorded.metrics());

        assertThatThrownBy(() -> handler.handleRequest(execution("zipped/8d247914.zip"), null))
                .isInstanceOf(RetryableStepException.class);

        assertThat(recorded.values(STEP_LATENCY, STEP)).containsExactly("ReceivePackage");
        assertThat(recorded.values(DEPENDENCY_FAILURES, SERVICE)).as("thrown to a retry, not recorded").isEmpty();
    }

    @Test
    void theDocumentFunctionCountsEachPackagesRecordedOutcome() {
        TestDocumentComponent document = TestDocumentComponent.create();
        document.fakes().documents.withPackage(new PackageRef("zipped/8d247914.zip", WorkflowInputs.VERSION),
                TestApplications.samplePackage("8d247914"));
        var handler = new DocumentHandler(document, recorded.metrics());

        handler.handleRequest(EventLoader.loadS3Event("events/s3-two-packages.json"), null);

        // 8d247914 waits for its licence check (no decision yet); 9c358026 is not in the bucket: recorded as a failure
        assertThat(recorded.values(DECISIONS, OUTCOME)).containsExactly("NEEDS_REVIEW");
        assertThat(recorded.values(DEPENDENCY_FAILURES, SERVICE)).singleElement().asString().isNotEqualTo("UNKNOWN");
        assertThat(recorded.values(STEP_LATENCY, STEP)).containsExactly("Document");
    }

    @Test
    void startingAWorkflowMeasuresOnlyLatency() {
        var handler = new StartApplicationHandler(workflow, recorded.metrics());

        handler.handleRequest(Map.of("detail-type", "Object Created"), null);

        assertThat(recorded.lines()).singleElement()
                .satisfies(line -> assertThat(line.get(STEP).asText()).isEqualTo("StartApplication"));
    }

    /** One LicenseQueue message as DecideFunction queues it, with the wait's token. */
    private static SQSEvent licenceCheck(String id, String taskToken) {
        var message = new SQSEvent.SQSMessage();
        message.setMessageId("msg-" + id);
        message.setBody(LicenseCheckMessages.format(new LicenseCheckRequest("S123456579010", true,
                ApplicationId.of(id)), taskToken));
        var event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }
}
