package io.onboarding.lambdas.handler;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each function's own shaded jar (built in the package phase, before this runs): it ships the SDK clients of its
 * function and no other, and, started alone in a fresh JVM as the Lambda runtime would (the environment of its
 * template, every AWS endpoint pointed at a closed loopback port), it completes INIT and takes an invocation up to
 * its first AWS call, whose failure it reports as the workflow expects: no class it needs is missing.
 */
class FunctionJarsIT {
    private static final String LAUNCHER = """
            import com.fasterxml.jackson.databind.ObjectMapper;
            import java.lang.reflect.InvocationTargetException;
            
            public class Launcher {
                public static void main(String[] args) throws Exception {
                    Object handler = Class.forName(args[0]).getConstructor().newInstance();
                    System.out.println("INIT done");
                    if (args.length < 2) {
                        return;
                    }
                    var context = Class.forName("com.amazonaws.services.lambda.runtime.Context");
                    // the handler's own method, not the bridge: its parameter type is the event the runtime reads
                    var handle = java.util.Arrays.stream(handler.getClass().getMethods())
                            .filter(m -> m.getName().equals("handleRequest") && !m.isBridge()
                                    && m.getParameterCount() == 2 && m.getParameterTypes()[1] == context)
                            .findFirst().orElseThrow();
                    Object input = new ObjectMapper().readValue(args[1], handle.getParameterTypes()[0]);
                    try {
                        System.out.println("answered " + handle.invoke(handler, input, null));
                    } catch (InvocationTargetException e) {
                        System.out.println("threw " + e.getCause());
                    }
                }
            }
            """;
    private static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("AWS_REGION", "us-east-1"), Map.entry("AWS_ACCESS_KEY_ID", "test"),
            Map.entry("AWS_SECRET_ACCESS_KEY", "test"), Map.entry("AWS_ENDPOINT_URL", "http://127.0.0.1:1"),
            Map.entry("AWS_MAX_ATTEMPTS", "1"),
            Map.entry("DOCUMENT_BUCKET", "documentbucket-000000000000"),
            Map.entry("TABLE_NAME", "CustomerMetadataTable"),
            Map.entry("TOPIC_ARN", "arn:aws:sns:us-east-1:000000000000:ApplicationNotifications"),
            Map.entry("LICENSE_QUEUE_URL", "http://127.0.0.1:1/000000000000/LicenseQueue"),
            Map.entry("STATE_MACHINE_ARN",
                    "arn:aws:states:us-east-1:000000000000:stateMachine:ApplicationStateMachine"),
            Map.entry("INVOKE_URL", "http://127.0.0.1:1/license"));
    private static final List<String> SERVICES = List.of("s3", "dynamodb", "sqs", "sns", "rekognition", "textract",
            "sfn");

    @TempDir
    static Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "start-application | StartApplicationHandler | sfn | `{\"source\":\"aws.s3\",\"detail-type\":\"Object Created\",\"detail\":{\"bucket\":{\"name\":\"documentbucket-000000000000\"},\"object\":{\"key\":\"zipped/not an id.zip\",\"etag\":\"e1\"}}}` | threw io.onboarding.domain.port.TransientDependencyException: step-functions: StartExecution failed",
            "receive-package   | ReceivePackageHandler   | s3 dynamodb sns | `{\"bucket\":\"documentbucket-000000000000\",\"key\":\"zipped/8d247914.zip\",\"version\":\"v1\"}` | threw io.onboarding.lambdas.workflow.RetryableStepException: dynamodb: ReceivePackage of application 8d247914 failed",
            "check-face        | CheckFaceHandler        | dynamodb rekognition | `{\"appUuid\":\"8d247914\",\"sourceVersion\":\"v1\"}` | threw io.onboarding.lambdas.workflow.RetryableStepException: dynamodb: CheckFace of application 8d247914 failed",
            "check-details     | CheckDetailsHandler     | dynamodb textract | `{\"appUuid\":\"8d247914\",\"sourceVersion\":\"v1\"}` | threw io.onboarding.lambdas.workflow.RetryableStepException: dynamodb: CheckDetails of application 8d247914 failed",
            "decide            | DecideHandler           | dynamodb sns sqs sfn | `{\"appUuid\":\"8d247914\",\"sourceVersion\":\"v1\",\"taskToken\":\"t1\"}` | threw io.onboarding.lambdas.workflow.RetryableStepException: dynamodb: Decide of application 8d247914 failed",
            "record-failure    | RecordFailureHandler    | dynamodb sns | `{\"bucket\":\"documentbucket-000000000000\",\"key\":\"zipped/8d247914.zip\",\"version\":\"v1\",\"error\":{\"Error\":\"States.Timeout\",\"Cause\":\"license-check-timeout\"}}` | threw io.onboarding.lambdas.workflow.RetryableStepException: dynamodb: RecordFailure of application 8d247914 failed",
            "application-api   | ApplicationApiHandler   | s3 dynamodb sns | `{\"version\":\"2.0\",\"routeKey\":\"GET /applications/{id}\",\"rawPath\":\"/applications/8d247914\",\"pathParameters\":{\"id\":\"8d247914\"}}` | answered APIGatewayV2HTTPResponse(statusCode=503",
            "submit-license    | SubmitLicenseHandler    | dynamodb sns sfn | `` | INIT done",
            "document          | DocumentHandler         | s3 dynamodb sqs sns rekognition textract | `` | INIT done"})
    void shipsOnlyItsOwnClientsAndRunsFromItsJarAlone(String function, String handler, String services, String input,
                                                     String expected) throws Exception {
        Path jar = shadedJar(function);
        List<String> own = List.of(services.split(" "));

        List<String> classes = classesOf(jar);
        String output = launch(jar, "io.onboarding.lambdas.handler." + handler, input);

        assertThat(classes).contains("io/onboarding/lambdas/handler/" + handler + ".class");
        for (String service : SERVICES) {
            String prefix = "software/amazon/awssdk/services/" + service + "/";
            if (own.contains(service)) {
                assertThat(classes).as(function + " ships " + service).anyMatch(name -> name.startsWith(prefix));
            } else {
                assertThat(classes).as(function + " ships no " + service).noneMatch(name -> name.startsWith(prefix));
            }
        }
        assertThat(output).as(output).contains("INIT done").contains(expected)
                .doesNotContain("NoClassDefFoundError", "ClassNotFoundException");
    }

    private static List<String> classesOf(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();
        }
    }

    /** Runs the launcher in a fresh JVM with only {@code jar} on its class path and the functions' environment. */
    private static String launch(Path jar, String handler, String input) throws Exception {
        Path launcher = work.resolve("Launcher.java");
        Files.writeString(launcher, LAUNCHER);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-cp", jar.toString(), launcher.toString(), handler));
        if (!input.isEmpty()) {
            command.add(input);
        }
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().putAll(ENVIRONMENT);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Path shadedJar(String classifier) throws IOException {
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString()
                            .matches("onboarding-lambdas-.*-" + classifier + "\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + classifier + " jar in " + target));
        }
    }
}
