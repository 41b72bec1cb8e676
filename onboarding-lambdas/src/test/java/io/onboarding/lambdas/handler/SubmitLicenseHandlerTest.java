package io.onboarding.lambdas.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.TestSubmitLicenseComponent;
import java.util.List;
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

    @Test
    void answersAnEmptyBatchWithNoFailures() {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of());

        assertThat(handler.handleRequest(event, null).getBatchItemFailures()).isEmpty();
    }
}
