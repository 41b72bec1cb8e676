package io.onboarding.lambdas.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.TestDocumentComponent;
import org.junit.jupiter.api.Test;

class DocumentHandlerTest {
    private final TestDocumentComponent component = TestDocumentComponent.create();
    private final Fakes fakes = component.fakes();
    private final DocumentHandler handler = new DocumentHandler(component);

    private void upload(String id, String version) {
        fakes.documents.withPackage(new PackageRef("zipped/" + id + ".zip", version),
                TestApplications.samplePackage(id));
    }

    @Test
    void processesEveryPackageOfTheEventUsingVersionIdOrElseETag() {
        upload("8d247914", "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY");
        upload("9c358026", "fedcba9876543210fedcba9876543210");

        handler.handleRequest(EventLoader.loadS3Event("events/s3-two-packages.json"), null);

        assertThat(fakes.repository.get(ApplicationId.of("8d247914")).decision().orElseThrow().outcome())
                .isEqualTo(DecisionOutcome.PENDING_LICENSE_VALIDATION);
        assertThat(fakes.repository.get(ApplicationId.of("9c358026")).sourceVersion())
                .isEqualTo("fedcba9876543210fedcba9876543210");
        assertThat(fakes.queue.queued()).hasSize(2);
    }

    @Test
    void logsOneJsonLinePerDecisionWithIdsAndCodesOnly() {
        upload("8d247914", "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY");
        upload("9c358026", "fedcba9876543210fedcba9876543210");

        handler.handleRequest(EventLoader.loadS3Event("events/s3-two-packages.json"), null);

        assertThat(fakes.logLines()).hasSize(2).allSatisfy(line -> {
            assertThat(line).startsWith("{").contains("\"event\":\"decision\"").contains("\"app_uuid\":");
            assertThat(line).doesNotContain("NICK", "SAMPLE", "S123456579010", "1957", "MAIN", "TALLAHASSEE");
        });
    }

    @Test
    void ignoresObjectsOutsideZippedOrNotZipsOrFromAnotherBucket() {
        handler.handleRequest(EventLoader.loadS3Event("events/s3-not-ours.json"), null);

        assertThat(fakes.repository.history()).isEmpty();
        assertThat(fakes.logLines()).hasSize(3).allMatch(line -> line.contains("\"event\":\"ignored\""));
    }

    @Test
    void decodesUrlEncodedKeysAndRecordsAnInvalidNameAsRefused() {
        handler.handleRequest(EventLoader.loadS3Event("events/s3-encoded-key.json"), null);

        var history = fakes.repository.history();
        var record = history.get(history.size() - 1);
        assertThat(history).extracting(r -> r.id()).containsOnly(record.id());
        assertThat(record.refusal()).contains(RefusalReason.INVALID_APPLICATION_ID);
        assertThat(record.id().value()).startsWith("invalid-");
        assertThat(fakes.notifier.sent()).hasSize(1);
    }

    @Test
    void finishesTheOtherPackagesBeforeRethrowingARetryableFailure() {
        upload("8d247914", "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY");
        upload("9c358026", "fedcba9876543210fedcba9876543210");
        fakes.faces.failingOnceWith(new TransientDependencyException("rekognition", "throttled"));
        S3Event event = EventLoader.loadS3Event("events/s3-two-packages.json");

        assertThatThrownBy(() -> handler.handleRequest(event, null))
                .isInstanceOf(TransientDependencyException.class);

        assertThat(fakes.repository.get(ApplicationId.of("9c358026")).decision()).isPresent();
        assertThat(fakes.logLines()).anyMatch(line -> line.contains("\"event\":\"failed\"")
                && line.contains("\"retryable\":true"));
    }

    @Test
    void doesNotAskForARetryThatCannotHelp() {
        S3Event event = EventLoader.loadS3Event("events/s3-two-packages.json");   // neither package exists

        handler.handleRequest(event, null);

        // a package that is gone is recorded as unread and referred, not retried
        assertThat(fakes.logLines()).hasSize(2).allMatch(line -> line.contains("\"event\":\"decision\"")
                && line.contains("\"decision\":\"NEEDS_REVIEW\"") && line.contains("DEPENDENCY_FAILURE"));
        assertThat(fakes.repository.get(ApplicationId.of("9c358026")).applicant()).isEmpty();
    }

    @Test
    void acceptsAnEmptyEvent() {
        handler.handleRequest(new S3Event(java.util.List.of()), null);

        assertThat(fakes.logLines()).singleElement().asString().contains("no records");
    }
}
