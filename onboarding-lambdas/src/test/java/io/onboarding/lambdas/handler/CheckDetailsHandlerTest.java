package io.onboarding.lambdas.handler;

import static io.onboarding.lambdas.handler.WorkflowInputs.VERSION;
import static io.onboarding.lambdas.handler.WorkflowInputs.application;
import static io.onboarding.lambdas.handler.WorkflowInputs.execution;
import static io.onboarding.lambdas.handler.WorkflowInputs.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.TestWorkflowComponent;
import io.onboarding.lambdas.workflow.PermanentStepException;
import io.onboarding.lambdas.workflow.RetryableStepException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckDetailsHandlerTest {
    private final TestWorkflowComponent component = TestWorkflowComponent.create();
    private final Fakes fakes = component.fakes();
    private final CheckDetailsHandler handler = new CheckDetailsHandler(component);

    private void receive(String id) {
        upload(component, id);
        new ReceivePackageHandler(component).handleRequest(execution("zipped/" + id + ".zip"), null);
    }

    @Test
    void readsTheLicenceAndAnswersWhetherTheDetailsMatch() {
        receive(TestApplications.SAMPLE_APPROVED);

        Map<String, Object> out = handler.handleRequest(application(TestApplications.SAMPLE_APPROVED), null);

        assertThat(out).containsExactlyInAnyOrderEntriesOf(Map.of("appUuid", TestApplications.SAMPLE_APPROVED,
                "sourceVersion", VERSION, "passed", true, "duplicate", false));
    }

    @Test
    void answersNotPassedForDetailsThatDoNotMatchTheLicence() {
        receive(TestApplications.SAMPLE_DETAILS_MISMATCH);

        Map<String, Object> out = handler.handleRequest(application(TestApplications.SAMPLE_DETAILS_MISMATCH), null);

        assertThat(out).containsEntry("passed", false).containsEntry("duplicate", false);
        assertThat(fakes.logLines()).noneMatch(line -> line.contains("S123456579010"));
    }

    @Test
    void reusesTheRecordedCheckOnARetriedTask() {
        receive(TestApplications.SAMPLE_APPROVED);
        handler.handleRequest(application(TestApplications.SAMPLE_APPROVED), null);

        Map<String, Object> out = handler.handleRequest(application(TestApplications.SAMPLE_APPROVED), null);

        assertThat(out).containsEntry("duplicate", true);
        assertThat(fakes.idReader.reads()).hasSize(1);
    }

    @Test
    void throwsARetryableStepErrorWhenTheReaderIsThrottled() {
        receive(TestApplications.SAMPLE_APPROVED);
        fakes.idReader.failingOnceWith(new TransientDependencyException("textract", "AnalyzeID failed: Throttling"));

        assertThatThrownBy(() -> handler.handleRequest(application(TestApplications.SAMPLE_APPROVED), null))
                .isInstanceOf(RetryableStepException.class)
                .hasMessage("textract: CheckDetails of application 8d247914 failed");
    }

    @Test
    void throwsAPermanentStepErrorNamingTheDependencyWhenTheReaderRefuses() {
        receive(TestApplications.SAMPLE_APPROVED);
        fakes.idReader.failingWith(new DependencyException("textract", "AnalyzeID failed: BadDocument"));

        assertThatThrownBy(() -> handler.handleRequest(application(TestApplications.SAMPLE_APPROVED), null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessage("textract: CheckDetails of application 8d247914 failed");
    }

    @Test
    void throwsAPermanentWorkflowErrorForInputWithoutAValidId() {
        Map<String, Object> input = application("../etc/passwd");

        assertThatThrownBy(() -> handler.handleRequest(input, null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessage("workflow: CheckDetails got invalid input");
    }
}
