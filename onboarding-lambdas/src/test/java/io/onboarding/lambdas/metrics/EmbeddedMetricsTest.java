package io.onboarding.lambdas.metrics;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.lambdas.metrics.EmbeddedMetrics.Unit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedMetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final EmbeddedMetrics metrics = new EmbeddedMetrics(new PrintStream(bytes, true, UTF_8),
            Clock.fixed(RecordedMetrics.NOW, ZoneOffset.UTC));

    private List<String> lines() {
        return bytes.toString(UTF_8).lines().toList();
    }

    @Test
    void writesOneValidEmfLinePerMeasurement() throws Exception {
        metrics.put("Decisions", Unit.COUNT, 1, "Outcome", "APPROVED", true);
        metrics.put("StepLatency", Unit.MILLISECONDS, 42, "Step", "Decide", false);

        assertThat(lines()).hasSize(2);
        JsonNode decision = JSON.readTree(lines().get(0));
        assertThat(EmfDocuments.violations(decision)).isEmpty();
        assertThat(decision.get("_aws").get("Timestamp").asLong()).isEqualTo(RecordedMetrics.NOW.toEpochMilli());
        JsonNode directive = decision.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Namespace").asText()).isEqualTo("Onboarding");
        assertThat(directive.get("Dimensions").toString()).isEqualTo("[[\"Outcome\"],[]]");
        assertThat(directive.get("Metrics").toString()).isEqualTo("[{\"Name\":\"Decisions\",\"Unit\":\"Count\"}]");
        assertThat(decision.get("Outcome").asText()).isEqualTo("APPROVED");
        assertThat(decision.get("Decisions").asLong()).isEqualTo(1);
        JsonNode latency = JSON.readTree(lines().get(1));
        assertThat(EmfDocuments.violations(latency)).isEmpty();
        assertThat(latency.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions").toString())
                .isEqualTo("[[\"Step\"]]");
        assertThat(latency.get("_aws").get("CloudWatchMetrics").get(0).get("Metrics").get(0).get("Unit").asText())
                .isEqualTo("Milliseconds");
        assertThat(latency.get("StepLatency").asLong()).isEqualTo(42);
        assertThat(latency.fieldNames()).toIterable().containsExactly("_aws", "Step", "StepLatency");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe", "1957-01-12", "123456579010", "a\"b", "line\nbreak", "", "_x", "a.b",
            "x0123456789012345678901234567890123456789012345678901234567890123"})
    void refusesADimensionValueThatIsNotACodeAndWritesNothing(String value) {
        assertThatThrownBy(() -> metrics.put("Refusals", Unit.COUNT, 1, "Reason", value, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a dimension value must be a letter");   // fixed: the value is not echoed
        assertThat(bytes.size()).isZero();
    }

    @Test
    void refusesNamesThatAreNotIdentifiersOrThatCollide() {
        assertThatThrownBy(() -> metrics.put("Step Latency", Unit.COUNT, 1, "Step", "Decide", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.put("Decisions", Unit.COUNT, 1, "out-come", "APPROVED", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> metrics.put("Decisions", Unit.COUNT, 1, "Decisions", "APPROVED", false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(bytes.size()).isZero();
    }

    @Test
    void acceptsTheCodesAndStepNamesThisProjectUses() {
        for (String value : List.of("LICENSE_CHECK_TIMEOUT", "S3", "ReceivePackage", "APPROVED", "CSV_NOT_UTF8")) {
            metrics.put("DependencyFailures", Unit.COUNT, 1, "Service", value, true);
        }

        assertThat(lines()).hasSize(5);
    }

    @Test
    void theSpecificationCheckRejectsBrokenDocuments() throws Exception {
        metrics.put("Decisions", Unit.COUNT, 1, "Outcome", "APPROVED", true);
        String valid = lines().get(0);

        assertThat(EmfDocuments.violations(JSON.readTree(valid))).isEmpty();
        assertThat(EmfDocuments.violations(JSON.readTree("{\"Decisions\":1}"))).containsExactly("no _aws object");
        ObjectNode noDimension = (ObjectNode) JSON.readTree(valid);
        noDimension.remove("Outcome");
        assertThat(EmfDocuments.violations(noDimension)).singleElement().asString().contains("Outcome");
        ObjectNode textMetric = (ObjectNode) JSON.readTree(valid);
        textMetric.put("Decisions", "1");
        assertThat(EmfDocuments.violations(textMetric)).singleElement().asString().contains("not a numeric");
        ObjectNode badUnit = (ObjectNode) JSON.readTree(valid.replace("\"Count\"", "\"Counts\""));
        assertThat(EmfDocuments.violations(badUnit)).singleElement().asString().contains("unit");
        ObjectNode textTime = (ObjectNode) JSON.readTree(valid);
        ((ObjectNode) textTime.get("_aws")).put("Timestamp", "now");
        assertThat(EmfDocuments.violations(textTime)).containsExactly("_aws.Timestamp is not an integer");
        ObjectNode noSets = (ObjectNode) JSON.readTree(valid.replace("[[\"Outcome\"],[]]", "[]"));
        assertThat(EmfDocuments.violations(noSets)).containsExactly("a directive has no dimension set array");
    }
}
