package io.onboarding.lambdas.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.usecase.ReceivePackage;
import io.onboarding.lambdas.di.Fakes;
import io.onboarding.lambdas.di.RecordingWorkflowStarter.Execution;
import io.onboarding.lambdas.di.TestWorkflowComponent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartApplicationHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION_ID = "IYV3p45BT0ac8hjHg1houSdS1a.Mro8e";

    private final TestWorkflowComponent component = TestWorkflowComponent.create();
    private final Fakes fakes = component.fakes();
    private final StartApplicationHandler handler = new StartApplicationHandler(component);

    /** The EventBridge event S3 sends, as the Lambda runtime hands it to a {@code Map} handler. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectCreated() {
        try (InputStream in = StartApplicationHandlerTest.class.getResourceAsStream(
                "/events/eventbridge-object-created.json")) {
            return JSON.readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> event) {
        return (Map<String, Object>) ((Map<String, Object>) event.get("detail")).get("object");
    }

    private static String sha256Prefix(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }

    @Test
    void startsOneExecutionNamedForTheUploadWithItsBucketKeyAndVersion() throws Exception {
        Map<String, Object> out = handler.handleRequest(objectCreated(), null);

        String name = "8d247914-" + sha256Prefix(VERSION_ID);
        assertThat(out).containsEntry("status", "STARTED").containsEntry("executionName", name);
        assertThat(fakes.starter.started()).containsExactly(new Execution(name,
                "{\"bucket\":\"documentbucket-000000000000\",\"key\":\"zipped/8d247914.zip\",\"version\":\""
                        + VERSION_ID + "\"}"));
    }

    @Test
    void usesTheEtagWhenTheBucketKeepsNoVersions() throws Exception {
        Map<String, Object> event = objectCreated();
        object(event).remove("version-id");

        handler.handleRequest(event, null);

        assertThat(fakes.starter.started()).singleElement().satisfies(execution -> {
            assertThat(execution.name()).isEqualTo("8d247914-" + sha256Prefix("b1946ac92492d2347c6235b4d2611184"));
            assertThat(execution.input()).contains("\"version\":\"b1946ac92492d2347c6235b4d2611184\"");
        });
    }

    @Test
    void logsARepeatedEventAsADuplicateAndStartsNothing() {
        handler.handleRequest(objectCreated(), null);

        Map<String, Object> out = handler.handleRequest(objectCreated(), null);

        assertThat(out).containsEntry("status", "ALREADY_STARTED");
        assertThat(fakes.starter.started()).hasSize(1);
        assertThat(fakes.logLines()).anySatisfy(line -> assertThat(line)
                .contains("\"event\":\"execution_duplicate\"").contains("\"duplicate\":true"));
    }

    @Test
    void namesAKeyWithoutAValidIdByTheHashedIdReceivePackageGivesIt() {
        Map<String, Object> event = objectCreated();
        object(event).put("key", "zipped/Jane Doe passport.zip");

        handler.handleRequest(event, null);

        String hashed = ReceivePackage.unaddressableId("zipped/Jane Doe passport.zip").value();
        assertThat(fakes.starter.started()).singleElement()
                .satisfies(execution -> assertThat(execution.name()).startsWith(hashed + "-"));
        assertThat(fakes.logLines()).noneMatch(line -> line.contains("Jane"));
    }

    @Test
    void keepsTheNamesOfLongIdsWithinEightyCharactersAndDistinct() {
        String longId = "a".repeat(59) + "-0001";
        String otherId = "a".repeat(59) + "-0002";
        Map<String, Object> first = objectCreated();
        object(first).put("key", "zipped/" + longId + ".zip");
        Map<String, Object> second = objectCreated();
        object(second).put("key", "zipped/" + otherId + ".zip");

        handler.handleRequest(first, null);
        handler.handleRequest(second, null);

        assertThat(fakes.starter.started()).hasSize(2).allSatisfy(execution ->
                assertThat(execution.name()).hasSizeLessThanOrEqualTo(80).matches("[A-Za-z0-9_-]+"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"detail-type, Object Deleted", "source, aws.ec2"})
    void ignoresOtherEvents(String field, String value) {
        Map<String, Object> event = objectCreated();
        event.put(field, value);

        Map<String, Object> out = handler.handleRequest(event, null);

        assertThat(out).containsEntry("status", "IGNORED");
        assertThat(fakes.starter.started()).isEmpty();
        assertThat(fakes.logLines()).singleElement().satisfies(line -> assertThat(line)
                .contains("\"event\":\"ignored\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"unzipped/8d247914_selfie.png", "zipped/8d247914.txt", "8d247914.zip"})
    void ignoresObjectsOutsideZippedOrNotZips(String key) {
        Map<String, Object> event = objectCreated();
        object(event).put("key", key);

        assertThat(handler.handleRequest(event, null)).containsEntry("status", "IGNORED");
        assertThat(fakes.starter.started()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void ignoresObjectsOfAnotherBucket() {
        Map<String, Object> event = objectCreated();
        ((Map<String, Object>) ((Map<String, Object>) event.get("detail")).get("bucket")).put("name", "other");

        assertThat(handler.handleRequest(event, null)).containsEntry("status", "IGNORED");
        assertThat(fakes.starter.started()).isEmpty();
    }

    @Test
    void throwsWhatTheWorkflowServiceFailedWithSoEventBridgeRetries() {
        fakes.starter.failingWith(new TransientDependencyException("step-functions", "StartExecution failed"));

        assertThatThrownBy(() -> handler.handleRequest(objectCreated(), null))
                .isInstanceOf(TransientDependencyException.class);
        assertThat(fakes.logLines()).anySatisfy(line -> assertThat(line).contains("\"event\":\"failed\""));
    }
}
