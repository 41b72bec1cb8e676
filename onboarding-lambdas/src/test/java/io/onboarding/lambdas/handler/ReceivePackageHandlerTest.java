package io.onboarding.lambdas.handler;

import static io.onboarding.lambdas.handler.WorkflowInputs.VERSION;
import static io.onboarding.lambdas.handler.WorkflowInputs.execution;
import static io.onboarding.lambdas.handler.WorkflowInputs.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.usecase.ReceivePackage;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.TestWorkflowComponent;
import io.onboarding.lambdas.workflow.PermanentStepException;
import io.onboarding.lambdas.workflow.RetryableStepException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReceivePackageHandlerTest {
    private final TestWorkflowComponent component = TestWorkflowComponent.create();
    private final Fakes fakes = component.fakes();
    private final ReceivePackageHandler handler = new ReceivePackageHandler(component);

    @Test
    void receivesTheUploadAndAnswersItsIdsUndecided() {
        upload(component, "8d247914");

        Map<String, Object> out = handler.handleRequest(execution("zipped/8d247914.zip"), null);

        assertThat(out).containsEntry("appUuid", "8d247914").containsEntry("sourceVersion", VERSION)
                .containsEntry("decided", false).containsEntry("decision", null)
                .containsEntry("reasons", List.of()).containsEntry("duplicate", false);
        assertThat(fakes.repository.get(ApplicationId.of("8d247914")).documents()).isPresent();
    }

    @Test
    void answersADuplicateForAnUploadAlreadyReceived() {
        upload(component, "8d247914");
        handler.handleRequest(execution("zipped/8d247914.zip"), null);

        Map<String, Object> out = handler.handleRequest(execution("zipped/8d247914.zip"), null);

        assertThat(out).containsEntry("duplicate", true).containsEntry("decided", false);
    }

    @Test
    void answersARefusedPackageDecidedUnderTheHashedIdOfItsKey() {
        String key = "zipped/John Smith passport.zip";

        Map<String, Object> out = handler.handleRequest(execution(key), null);

        String hashedId = ReceivePackage.unaddressableId(key).value();
        assertThat(out).containsEntry("appUuid", hashedId).containsEntry("decided", true)
                .containsEntry("decision", "REJECTED").containsEntry("reasons", List.of("PACKAGE_REFUSED"));
        assertThat(fakes.notifier.kinds()).containsExactly(Notification.Kind.PACKAGE_REFUSED);
        assertThat(fakes.logLines()).noneMatch(line -> line.contains("John"));
    }

    @Test
    void throwsARetryableStepErrorNamingTheDependencyWhenAStoreIsThrottled() {
        upload(component, "8d247914");
        fakes.documents.failingToStoreWith(new TransientDependencyException("s3", "PutObject failed: SlowDown"));

        assertThatThrownBy(() -> handler.handleRequest(execution("zipped/8d247914.zip"), null))
                .isInstanceOf(RetryableStepException.class)
                .hasMessage("s3: ReceivePackage of application 8d247914 failed")
                .hasNoCause();
    }

    @Test
    void throwsAPermanentStepErrorNamingTheDependencyWhenAStoreRefuses() {
        upload(component, "8d247914");
        fakes.documents.failingToStoreWith(new DependencyException("s3", "PutObject failed: AccessDenied"));

        assertThatThrownBy(() -> handler.handleRequest(execution("zipped/8d247914.zip"), null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessage("s3: ReceivePackage of application 8d247914 failed");
        assertThat(fakes.logLines()).anySatisfy(line -> assertThat(line).contains("\"event\":\"failed\"")
                .contains("\"item\":\"8d247914\"").contains("\"retryable\":false"));
    }

    @Test
    void refusesAnExecutionInputOfAnotherBucketOrWithoutVersion() {
        Map<String, Object> otherBucket = execution("zipped/8d247914.zip");
        otherBucket.put("bucket", "somebody-elses-bucket");
        Map<String, Object> noVersion = execution("zipped/8d247914.zip");
        noVersion.remove("version");

        assertThatThrownBy(() -> handler.handleRequest(otherBucket, null))
                .isInstanceOf(PermanentStepException.class)
                .hasMessage("workflow: ReceivePackage got invalid input");
        assertThatThrownBy(() -> handler.handleRequest(noVersion, null))
                .isInstanceOf(PermanentStepException.class);
        assertThat(fakes.repository.history()).isEmpty();
    }
}
