package io.onboarding.lambdas.handler;

import static io.onboarding.lambdas.handler.WorkflowInputs.VERSION;
import static io.onboarding.lambdas.handler.WorkflowInputs.application;
import static io.onboarding.lambdas.handler.WorkflowInputs.execution;
import static io.onboarding.lambdas.handler.WorkflowInputs.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.TestWorkflowComponent;
import io.onboarding.lambdas.workflow.PermanentStepException;
import io.onboarding.lambdas.workflow.RetryableStepException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckFaceHandlerTest {
    private final TestWorkflowComponent component = TestWorkflowComponent.create();
    private final Fakes fakes = component.fakes();
    private final CheckFaceHandler handler = new CheckFaceHandler(component);

    @BeforeEach
    void receiveTheSample() {
        upload(component, "8d247914");
        new ReceivePackageHandler(component).handleRequest(execution("zipped/8d247914.zip"), null);
    }

    @Test
    void comparesTheFacesAndAnswersWhetherTheCheckPassed() {
        Map<String, Object> out = handler.handleRequest(application("8d247914"), null);

        assertThat(out).containsExactlyInAnyOrderEntriesOf(Map.of("appUuid", "8d247914", "sourceVersion", VERSION,
                "passed", true, "duplicate", false));
        assertThat(fakes.faces.calls()).hasSize(1);
    }

    @Test
    void inspectsTheStoredSelfieBesideTheComparison() {
        handler.handleRequest(application("8d247914"), null);

        assertThat(fakes.selfies.calls()).singleElement()
                .satisfies(selfie -> assertThat(selfie.key()).endsWith("8d247914_selfie.png"));
    }

    @Test
    void throwsARetryableStepErrorWhenTheSelfieInspectionIsThrottled() {
        fakes.selfies.failingOnceWith(new TransientDependencyException("rekognition", "DetectFaces failed: Throttling"));

        assertThatThrownBy(() -> handler.handleRequest(application("8d247914"), null))
                .isInstanceOf(RetryableStepException.class)
                .hasMessage("rekognition: CheckFace of application 8d247914 failed");
    }

    @Test
    void reusesTheRecordedCheckOnARetriedTask() {
        handler.handleRequest(application("8d247914"), null);

        Map<String, Object> out = handler.handleRequest(application("8d247914"), null);

        assertThat(out).containsEntry("duplicate", true).containsEntry("passed", true);
        assertThat(fakes.faces.calls()).hasSize(1);
    }

    @Test
    void throwsARetryableStepErrorWhenTheComparisonIsThrottled() {
        fakes.faces.failingOnceWith(new TransientDependencyException("rekognition", "CompareFaces failed: Throttling"));

        assertThatThrownBy(() -> handler.handleRequest(application("8d247914"), null))
                .isInstanceOf(RetryableStepException.class)
                .hasMessage("rekognition: CheckFace of application 8d247914 failed");
    }

    @Test
    void throwsAPermanentStepErrorNamingTheDependencyWhenTheComparisonIsRefused() {
        fakes.faces.failingWith(new DependencyException("rekognition", "CompareFaces failed: InvalidS3Object"));

        assertThatThrownBy(() -> handler.handleRequest(application("8d247914"), null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessageStartingWith("rekognition: ");
    }

    @Test
    void throwsAPermanentWorkflowErrorForAnApplicationWithoutRecord() {
        assertThatThrownBy(() -> handler.handleRequest(application("0000ffff"), null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessage("workflow: CheckFace of application 0000ffff found no record");
    }

    @Test
    void marksTheWorkOfAReplacedUploadAsSuperseded() {
        PackageRef newer = new PackageRef("zipped/8d247914.zip", "a-newer-version");
        fakes.documents.withPackage(newer, TestApplications.samplePackage("8d247914"));
        component.receivePackage().receive(newer);

        assertThatThrownBy(() -> handler.handleRequest(application("8d247914"), null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessageStartingWith("superseded: ");
    }
}
