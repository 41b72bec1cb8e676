package io.onboarding.lambdas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.onboarding.lambdas.workflow.StateMachineDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * template.yaml passes AWS Control Tower's proactive controls: cfn-guard 3.1.1 and the controls' rules, both from the
 * npm package {@code @cdklabs/cdk-validator-cfnguard} the build installs into src/test/guard, run on the template for
 * every service it uses. A failure passes only if the failing resource waives that rule in its
 * {@code Metadata.guard.SuppressedRules} and gives the reason under {@code Metadata.guard.SuppressionReasons}.
 *
 * <p>cfn-guard reads the template as written, before the SAM transform: {@code AWS::Serverless::*} resources are not
 * the types the rules select ({@code AWS::Lambda::Function}, {@code AWS::StepFunctions::StateMachine},
 * {@code AWS::ApiGatewayV2::*}), so the rules for functions, the state machine and the HTTP API skip them. The
 * Control Tower rules do not read {@code Metadata.guard.SuppressedRules} themselves (only the Guard Rules Registry's
 * rules do): this test applies the waivers.
 */
class TemplateGuardIT {
    /** The rule directories of the services template.yaml uses; the package ships none for SNS or EventBridge. */
    static final List<String> SERVICES = List.of("s3", "dynamodb", "sqs", "lambda", "apigateway",
            "keymanagementservice", "identityandaccessmanagement", "cloudwatch", "stepfunctions");
    private static final Path TEMPLATE = StateMachineDefinition.template();
    private static final Path TOOLS = Path.of(System.getProperty("guard.tools.dir", "src/test/guard"));
    private static final Path PACKAGE = TOOLS.resolve("node_modules/@cdklabs/cdk-validator-cfnguard");
    private static final Path RULES = PACKAGE.resolve("rules/control-tower/cfn-guard");
    private static final Path OUT = Path.of("target", "guard");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Pattern SUMMARY = Pattern.compile("^(ct-[a-z0-9-]+)\\.guard/(\\w+)\\s+(PASS|FAIL|SKIP)$");
    private static final Pattern RULE_FILE = Pattern.compile("^Evaluating data .* against rules (ct-[a-z0-9-]+)\\.guard$");
    private static final Pattern RESOURCE = Pattern.compile("^Resource = (\\S+) \\{$");
    private static final Pattern RESOURCE_RULE = Pattern.compile("^  Rule = (\\w+) \\{$");

    @Test
    void passesEveryControlOfItsServicesOrWaivesItWithAReason() throws Exception {
        Report report = validate(TEMPLATE);
        Map<String, Set<String>> waivers = waivers(TEMPLATE);

        List<Failure> unwaived = report.failures().stream()
                .filter(f -> !waivers.getOrDefault(f.resource(), Set.of()).contains(f.rule()))
                .toList();

        assertThat(report.rules()).as("the rules cfn-guard evaluated").hasSizeGreaterThanOrEqualTo(40);
        assertThat(unwaived).as("failing controls not waived (rule on resource):\n%s\n\ncfn-guard said:\n%s",
                unwaived.stream().map(Failure::toString).collect(Collectors.joining("\n")), report.output())
                .isEmpty();
    }

    @Test
    void waivesOnlyWhatFailsAndSaysWhy() throws Exception {
        Report report = validate(TEMPLATE);
        Map<String, Set<String>> waivers = waivers(TEMPLATE);
        Set<Failure> failures = Set.copyOf(report.failures());

        waivers.forEach((resource, rules) -> rules.forEach(rule -> {
            assertThat(failures).as("waiver of %s on %s: the rule must fail there, or the waiver is stale", rule,
                    resource).contains(new Failure(rule, resource));
            assertThat(reason(resource, rule)).as("reason for waiving %s on %s", rule, resource).hasSizeGreaterThan(40);
        }));
    }

    @Test
    void failsATemplateWithAKnownViolation() throws Exception {
        String template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        assertThat(template).contains("SSEAlgorithm: aws:kms");
        Files.createDirectories(OUT);
        Path broken = OUT.resolve("template-with-sse-s3.yaml");
        Files.writeString(broken, template.replace("SSEAlgorithm: aws:kms", "SSEAlgorithm: AES256"),
                StandardCharsets.UTF_8);

        Report report = validate(broken);

        assertThat(report.exitCode()).isEqualTo(19);
        assertThat(report.failures()).contains(new Failure("S3_BUCKET_DEFAULT_ENCRYPTION_KMS_CHECK", "DocumentBucket"));
        assertThat(waivers(broken).getOrDefault("DocumentBucket", Set.of()))
                .doesNotContain("S3_BUCKET_DEFAULT_ENCRYPTION_KMS_CHECK");
    }

    @Test
    void seesServerlessResourcesOnlyAsWrittenBeforeTheTransform() throws Exception {
        Report report = validate(TEMPLATE);

        // the state machine logs (Logging, Level ALL) and the HTTP API writes access logs, but the rules select the
        // transformed types, so they skip; the transformed template is not checked here (the SAM translator is Python)
        assertThat(report.rules()).containsEntry("STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED_CHECK", "SKIP")
                .containsEntry("API_GW_V2_ACCESS_LOGS_ENABLED_CHECK", "SKIP")
                .containsEntry("LAMBDA_INSIDE_VPC_CHECK", "SKIP");
        assertThat(Files.exists(RULES.resolve("sns"))).as("Control Tower rules for SNS").isFalse();
        assertThat(Files.exists(RULES.resolve("eventbridge"))).as("Control Tower rules for EventBridge").isFalse();
    }

    /** Resource logical id to the rules it waives (upper case, as cfn-guard's SARIF names them). */
    static Map<String, Set<String>> waivers(Path template) {
        JsonNode resources = read(template).path("Resources");
        Map<String, Set<String>> waivers = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            JsonNode suppressed = resource.getValue().path("Metadata").path("guard").path("SuppressedRules");
            Set<String> rules = new TreeSet<>();
            suppressed.forEach(rule -> rules.add(rule.asText().toUpperCase(Locale.ROOT)));
            if (!rules.isEmpty()) {
                waivers.put(resource.getKey(), rules);
            }
        }
        return waivers;
    }

    static String reason(String resource, String rule) {
        return read(TEMPLATE).path("Resources").path(resource).path("Metadata").path("guard")
                .path("SuppressionReasons").path(rule).asText("");
    }

    private static JsonNode read(Path template) {
        try {
            return YAML.readTree(template.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report validate(Path template) throws IOException, InterruptedException {
        Path guard = binary();
        assertThat(guard).as("cfn-guard; the build installs it with npm ci in " + TOOLS).isExecutable();
        List<String> command = new ArrayList<>(List.of(guard.toString(), "validate", "--show-summary", "all"));
        for (String service : SERVICES) {
            Path rules = RULES.resolve(service);
            assertThat(rules).as("Control Tower rules for " + service).isDirectory();
            command.addAll(List.of("--rules", rules.toString()));
        }
        command.addAll(List.of("--data", template.toString()));

        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("cfn-guard did not finish in 120 s");
        }
        Report report = Report.parse(process.exitValue(), output);
        // 0: every rule passed or skipped; 19: a rule failed; anything else is cfn-guard failing to run
        assertThat(report.exitCode()).as(output).isIn(0, 19);
        return report;
    }

    private static Path binary() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? "macos" : "ubuntu";
        String arch = System.getProperty("os.arch").matches("aarch64|arm64") ? "aarch64" : "x86_64";
        return PACKAGE.resolve("bin").resolve(os).resolve(arch).resolve("cfn-guard");
    }

    record Failure(String rule, String resource) {
        @Override
        public String toString() {
            return rule + " on " + resource;
        }
    }

    /**
     * cfn-guard's text report: the summary ({@code ct-s3-pr-2.guard/s3_bucket_logging_enabled_check FAIL}), then for
     * each failing rule file the resources that fail ({@code Resource = DocumentBucket {}) and the rule
     * ({@code   Rule = s3_bucket_logging_enabled_check {}).
     */
    record Report(int exitCode, String output, Map<String, String> rules, List<Failure> failures) {
        static Report parse(int exitCode, String output) {
            Map<String, String> rules = new TreeMap<>();
            Set<Failure> failures = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
            String resource = null;
            for (String line : output.split("\\R")) {
                Matcher summary = SUMMARY.matcher(line.strip());
                Matcher resourceLine = RESOURCE.matcher(line);
                Matcher ruleLine = RESOURCE_RULE.matcher(line);
                if (RULE_FILE.matcher(line).matches()) {
                    resource = null;
                } else if (summary.matches()) {
                    rules.put(summary.group(2).toUpperCase(Locale.ROOT), summary.group(3));
                } else if (resourceLine.matches()) {
                    resource = resourceLine.group(1);
                } else if (ruleLine.matches() && resource != null) {
                    failures.add(new Failure(ruleLine.group(1).toUpperCase(Locale.ROOT), resource));
                }
            }
            // a rule that failed with no resource named cannot be waived: it stays a failure
            Set<String> named = failures.stream().map(Failure::rule).collect(Collectors.toSet());
            rules.forEach((rule, status) -> {
                if (status.equals("FAIL") && !named.contains(rule)) {
                    failures.add(new Failure(rule, "(no resource named)"));
                }
            });
            return new Report(exitCode, output, Map.copyOf(rules), List.copyOf(failures));
        }
    }
}
