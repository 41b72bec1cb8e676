package io.onboarding.adapters.aws.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rekognition.model.LandmarkType;
import software.amazon.awssdk.services.textract.model.ValueType;

/** Guards the constructed fixtures against the wire-format mistakes that unmarshal silently (wrong enum case). */
class RecordedFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyValueTypeIsAWireValueTheSdkKnows() throws IOException, URISyntaxException {
        List<String> valueTypes = new ArrayList<>();
        for (Path fixture : fixtures("textract")) {
            if (!fixture.getFileName().toString().contains("miscased")) {
                JSON.readTree(fixture.toFile()).findValues("ValueType").forEach(v -> valueTypes.add(v.asText()));
            }
        }

        assertThat(valueTypes).isNotEmpty().allSatisfy(type ->
                assertThat(ValueType.fromValue(type)).isNotEqualTo(ValueType.UNKNOWN_TO_SDK_VERSION));
    }

    @Test
    void theMiscasedFixtureReallyUsesTheWrongCase() throws IOException, URISyntaxException {
        Path miscased = fixtures("textract").stream()
                .filter(path -> path.getFileName().toString().contains("miscased")).findFirst().orElseThrow();

        List<JsonNode> valueTypes = JSON.readTree(miscased.toFile()).findValues("ValueType");

        assertThat(valueTypes).isNotEmpty().allSatisfy(type ->
                assertThat(ValueType.fromValue(type.asText())).isEqualTo(ValueType.UNKNOWN_TO_SDK_VERSION));
    }

    @Test
    void everyLandmarkTypeIsAWireValueTheSdkKnows() throws IOException, URISyntaxException {
        List<String> landmarks = new ArrayList<>();
        for (Path fixture : fixtures("rekognition")) {
            JSON.readTree(fixture.toFile()).findValues("Landmarks")
                    .forEach(list -> list.forEach(landmark -> landmarks.add(landmark.get("Type").asText())));
        }

        assertThat(landmarks).isNotEmpty().allSatisfy(type ->
                assertThat(LandmarkType.fromValue(type)).isNotEqualTo(LandmarkType.UNKNOWN_TO_SDK_VERSION));
    }

    @Test
    void errorFixturesNameAnAwsErrorTypeAndAMessage() throws IOException, URISyntaxException {
        List<Path> errors = new ArrayList<>();
        errors.addAll(fixtures("rekognition"));
        errors.addAll(fixtures("textract"));
        errors.removeIf(path -> !path.getFileName().toString().startsWith("error-"));

        assertThat(errors).hasSizeGreaterThanOrEqualTo(11).allSatisfy(path -> {
            JsonNode error = JSON.readTree(path.toFile());
            assertThat(Set.copyOf(iterable(error))).containsExactlyInAnyOrder("__type", "Message");
            assertThat(error.get("__type").asText()).matches("[A-Z][A-Za-z0-9]+");
        });
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Path> fixtures(String service) throws IOException, URISyntaxException {
        Path dir = Path.of(RecordedFixturesTest.class.getResource("/recorded/" + service).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
    }
}
