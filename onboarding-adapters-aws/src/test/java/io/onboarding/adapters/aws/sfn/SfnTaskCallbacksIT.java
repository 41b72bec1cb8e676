package io.onboarding.adapters.aws.sfn;

import static io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer.SEND_TASK_FAILURE;
import static io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer.SEND_TASK_SUCCESS;
import static io.onboarding.adapters.aws.sfn.SfnClients.SDK_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer;
import io.onboarding.adapters.aws.recorded.LoopbackStepFunctionsServer.Reply;
import io.onboarding.adapters.aws.sfn.TaskCallbacks.Delivery;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The callbacks against a loopback server speaking Step Functions' AWS JSON 1.0 wire protocol. */
class SfnTaskCallbacksIT {
    private static final String TOKEN = "AQCEAAAAKgAAAAMAAAAAAAAAAdSECRET-TOKEN==";
    private static final String OUTPUT = "{\"appUuid\":\"8d247914\",\"sourceVersion\":\"v1\",\"decision\":\"APPROVED\","
            + "\"reasons\":[]}";

    private LoopbackStepFunctionsServer server;
    private SfnClient client;
    private SfnTaskCallbacks callbacks;

    @BeforeEach
    void startServer() {
        server = LoopbackStepFunctionsServer.start();
        client = SfnClients.to(server.endpoint());
        callbacks = new SfnTaskCallbacks(client);
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    @Test
    void endsTheWaitWithTheOutput() {
        Delivery delivery = callbacks.succeed(TOKEN, OUTPUT);

        assertThat(delivery).isEqualTo(Delivery.DELIVERED);
        JsonNode request = server.calls(SEND_TASK_SUCCESS).get(0).json();
        assertThat(request.path("taskToken").asText()).isEqualTo(TOKEN);
        assertThat(request.path("output").asText()).isEqualTo(OUTPUT);
    }

    @Test
    void endsTheWaitWithAnErrorAndACause() {
        Delivery delivery = callbacks.fail(TOKEN, "LicenseCheckFailed", "license-validator");

        assertThat(delivery).isEqualTo(Delivery.DELIVERED);
        JsonNode request = server.calls(SEND_TASK_FAILURE).get(0).json();
        assertThat(request.path("taskToken").asText()).isEqualTo(TOKEN);
        assertThat(request.path("error").asText()).isEqualTo("LicenseCheckFailed");
        assertThat(request.path("cause").asText()).isEqualTo("license-validator");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TaskTimedOut", "TaskDoesNotExist", "InvalidToken"})
    void reportsAWaitAlreadyOverWithoutRetrying(String type) {
        server.on(SEND_TASK_SUCCESS, Reply.error(400, type)).on(SEND_TASK_FAILURE, Reply.error(400, type));

        Delivery success = callbacks.succeed(TOKEN, OUTPUT);
        Delivery failure = callbacks.fail(TOKEN, "LicenseCheckFailed", "license-validator");

        assertThat(success).isEqualTo(Delivery.WAIT_ALREADY_OVER);
        assertThat(failure).isEqualTo(Delivery.WAIT_ALREADY_OVER);
        assertThat(server.calls()).hasSize(2);
    }

    @Test
    void reportsThrottlingAsTransientAfterTheSdkRetriesNamingNoToken() {
        server.on(SEND_TASK_SUCCESS, Reply.error(400, "ThrottlingException"));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> callbacks.succeed(TOKEN, OUTPUT));

        assertThat(failure).isInstanceOf(TransientDependencyException.class)
                .hasMessageStartingWith("step-functions: SendTaskSuccess failed: ThrottlingException (HTTP 400")
                .hasMessageNotContaining(TOKEN);
        assertThat(server.calls(SEND_TASK_SUCCESS)).hasSize(SDK_ATTEMPTS);
    }

    @Test
    void reportsAnOutputTheServiceRefusesAsAPermanentFailure() {
        server.on(SEND_TASK_SUCCESS, Reply.error(400, "InvalidOutput"));

        DependencyException failure = catchThrowableOfType(DependencyException.class,
                () -> callbacks.succeed(TOKEN, "not json"));

        assertThat(failure).isNotInstanceOf(TransientDependencyException.class)
                .hasMessageStartingWith("step-functions: SendTaskSuccess failed: InvalidOutput (HTTP 400");
    }

    @Test
    void refusesABlankTokenBeforeCallingTheService() {
        assertThatThrownBy(() -> callbacks.succeed(" ", OUTPUT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> callbacks.fail("", "LicenseCheckFailed", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.calls()).isEmpty();
    }
}
