package io.onboarding.lambdas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.lambdas.workflow.StateMachineDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * ApplicationStateMachine's definition, taken from template.yaml, passes asl-validator (npm, installed by the
 * build into src/test/workflow): states, transitions, Retry/Catch and paths as Step Functions would check them on
 * deploy. A definition with a dangling transition fails, so this test can fail.
 */
class StateMachineDefinitionIT {
    private static final Path TEMPLATE = StateMachineDefinition.template();
    private static final Path TOOLS = Path.of(System.getProperty("workflow.tools.dir", "src/test/workflow"));
    private static final Path OUT = Path.of("target", "workflow");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void validatesTheDefinitionTakenFromTheTemplate() throws Exception {
        String definition = StateMachineDefinition.fromTemplate(TEMPLATE,
                StateMachineDefinition.plausibleLambdaArns(TEMPLATE));

        Result result = validate("ApplicationStateMachine.asl.json", definition);

        assertThat(definition).doesNotContain("${");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("is valid");
    }

    @Test
    void rejectsADefinitionWhoseChoiceLeadsNowhere() throws Exception {
        ObjectNode broken = (ObjectNode) JSON.readTree(StateMachineDefinition.fromTemplate(TEMPLATE,
                StateMachineDefinition.plausibleLambdaArns(TEMPLATE)));
        ((ObjectNode) broken.path("States").path("AlreadyDecided")).put("Default", "NoSuchState");

        Result result = validate("broken.asl.json", JSON.writeValueAsString(broken));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("MISSING_TRANSITION_TARGET", "NoSuchState");
    }

    @Test
    void substitutesEveryFunctionTheTemplateNames() {
        assertThat(StateMachineDefinition.substitutionKeys(TEMPLATE)).containsExactly("ReceivePackageFunctionArn",
                "CheckFaceFunctionArn", "CheckDetailsFunctionArn", "DecideFunctionArn", "RecordFailureFunctionArn");
        assertThat(StateMachineDefinition.fromTemplate(TEMPLATE, Map.of("ReceivePackageFunctionArn", "receive",
                "CheckFaceFunctionArn", "face", "CheckDetailsFunctionArn", "details", "DecideFunctionArn", "decide",
                "RecordFailureFunctionArn", "record-failure")))
                .contains("\"FunctionName\" : \"receive\"", "\"FunctionName\" : \"record-failure\"")
                .contains("\"taskToken.$\" : \"$$.Task.Token\"");
    }

    @Test
    void refusesToLeaveAPlaceholderUnsubstituted() {
        Map<String, String> missingOne = new HashMap<>(StateMachineDefinition.plausibleLambdaArns(TEMPLATE));
        missingOne.remove("DecideFunctionArn");

        assertThatThrownBy(() -> StateMachineDefinition.fromTemplate(TEMPLATE, missingOne))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("${DecideFunctionArn}");
    }

    private static Result validate(String fileName, String definition) throws IOException, InterruptedException {
        Path validator = TOOLS.resolve("node_modules/.bin/asl-validator");
        assertThat(validator).as("asl-validator; the build installs it with npm ci in " + TOOLS).exists();
        Files.createDirectories(OUT);
        Path file = OUT.resolve(fileName);
        Files.writeString(file, definition, StandardCharsets.UTF_8);

        Process process = new ProcessBuilder(List.of(validator.toString(), "--json-path", file.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("asl-validator did not finish in 60 s");
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
