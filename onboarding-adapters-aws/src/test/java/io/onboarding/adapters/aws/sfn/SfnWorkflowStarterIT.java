package io.onboarding.adapters.aws.sfn;

import static io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer.START_EXECUTION;
import static io.onboarding.adapters.aws.sfn.SfnClients.SDK_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer;
import io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer.Reply;
import io.onboarding.adapters.aws.sfn.WorkflowStarter.Start;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The starter against a loopback server speaking Step Functions' AWS JSON 1.0 wire protocol. */
class SfnWorkflowStarterIT {
    private static final String STATE_MACHINE =
            "arn:aws:states:us-east-1:123456789012:stateMachine:ApplicationStateMachine";
    private static final String NAME = "8d247914-3f1a2b4c5d6e7f80";
    private static final String INPUT = "{\"bucket\":\"documentbucket-123456789012\",\"key\":\"zipped/8d247914.zip\","
            + "\"version\":\"v1\"}";

    private LoopbackStepFunctionsServer server;
    private SfnClient client;
    private SfnWorkflowStarter starter;

    @BeforeEach
    void startServer() {
        server = LoopbackStepFunctionsServer.start();
        client = SfnClients.to(server.endpoint());
        starter = new SfnWorkflowStarter(client, STATE_MACHINE);
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    @Test
    void startsAnExecutionOfTheStateMachineUnderTheGivenNameWithTheInput() {
        Start start = starter.start(NAME, INPUT);

        assertThat(start).isEqualTo(Start.STARTED);
        assertThat(server.calls(START_EXECUTION)).hasSize(1);
        LoopbackStepFunctionsServer.Call call = server.calls(START_EXECUTION).get(0);
        assertThat(call.contentType()).isEqualTo("application/x-amz-json-1.0");
        JsonNode request = call.json();
        assertThat(request.path("stateMachineArn").asText()).isEqualTo(STATE_MACHINE);
        assertThat(request.path("name").asText()).isEqualTo(NAME);
        assertThat(request.path("input").asText()).isEqualTo(INPUT);
    }

    @Test
    void reportsANameAlreadyUsedAsAlreadyStartedWithoutRetrying() {
        server.on(START_EXECUTION, Reply.error(400, "ExecutionAlreadyExists"));

        Start start = starter.start(NAME, INPUT);

        assertThat(start).isEqualTo(Start.ALREADY_STARTED);
        assertThat(server.calls(START_EXECUTION)).hasSize(1);
    }

    @Test
    void startsNothingNewForARepeatedEvent() {
        Start first = starter.start(NAME, INPUT);
        Start second = starter.start(NAME, INPUT);

        assertThat(first).isEqualTo(Start.STARTED);
        assertThat(second).isEqualTo(Start.ALREADY_STARTED);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"ThrottlingException, 400", "ServiceUnavailable, 503", "InternalFailure, 500"})
    void reportsThrottlingAndServerErrorsAsTransientAfterTheSdkRetries(String type, int status) {
        server.on(START_EXECUTION, Reply.error(status, type));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> starter.start(NAME, INPUT));

        assertThat(failure).isInstanceOf(TransientDependencyException.class)
                .hasMessageStartingWith("step-functions: StartExecution failed: " + type + " (HTTP " + status);
        assertThat(failure.dependency()).isEqualTo("step-functions");
        assertThat(server.calls(START_EXECUTION)).hasSize(SDK_ATTEMPTS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"StateMachineDoesNotExist", "InvalidArn", "InvalidName", "InvalidExecutionInput",
            "ExecutionLimitExceeded"})
    void reportsARequestTheServiceRefusesAsAPermanentFailure(String type) {
        server.on(START_EXECUTION, Reply.error(400, type));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> starter.start(NAME, INPUT));

        assertThat(failure).isNotInstanceOf(TransientDependencyException.class)
                .hasMessageStartingWith("step-functions: StartExecution failed: " + type + " (HTTP 400")
                .hasMessageNotContaining(INPUT);
        assertThat(server.calls(START_EXECUTION)).hasSize(1);
    }

    @Test
    void reportsAnUnreachableServiceAsTransient() {
        try (SfnClient unreachable = SfnClients.to(URI.create("http://127.0.0.1:9"))) {
            var offline = new SfnWorkflowStarter(unreachable, STATE_MACHINE);

            DependencyException failure = catchThrowableOfType(DependencyException.class,
                    () -> offline.start(NAME, INPUT));

            assertThat(failure).isInstanceOf(TransientDependencyException.class);
        }
    }
}
