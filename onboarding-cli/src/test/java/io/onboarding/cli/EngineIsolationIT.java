package io.onboarding.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages that make the engine worker die, run out of memory or hang, beside the three samples, through the real
 * offline engines in worker processes ({@link MisbehavingEngineWorker}): the samples get their usual decisions,
 * each of the others is recorded NEEDS_REVIEW / DEPENDENCY_FAILURE with the engine's failure and notified, a
 * worker killed in the middle of a package is replaced, and no worker outlives the run.
 */
class EngineIsolationIT {
    @TempDir
    Path temp;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aBatchWithCrashingPackagesStillReportsEveryPackage() throws Exception {
        Path inputs = temp.resolve("inputs");
        Fixtures.sample(inputs, Fixtures.APPROVED);
        Fixtures.sample(inputs, Fixtures.DETAILS_MISMATCH);
        Fixtures.sample(inputs, Fixtures.FACE_MISMATCH);
        for (String way : List.of("segv", "abort", "heap", "hang", "killme")) {
            Fixtures.sampleAs(inputs, Fixtures.APPROVED, "x-" + way);
        }
        Path work = temp.resolve("work");
        var context = new OnboardingCli.Context(CliRun.CLOCK,
                settings -> DefaultEngines.open(settings, MisbehavingEngineWorker.class.getName()), () -> false);
        long started = System.nanoTime();

        CompletableFuture<CliRun> running = CompletableFuture.supplyAsync(() -> CliRun.run(context, "process",
                "--json", "--parallel", "2", "--engine-timeout", "30s", "--work-dir", work.toString(),
                inputs.toString()));
        long killed = killTheBusyWorker(running);
        CliRun run = running.get();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        Map<String, JsonNode> byId = run.jsonLines().stream()
                .collect(Collectors.toMap(line -> line.get("appUuid").asText(), line -> line));
        assertThat(byId).hasSize(8);
        assertThat(outcome(byId.get(Fixtures.APPROVED))).isEqualTo("APPROVED [] -");
        assertThat(outcome(byId.get(Fixtures.DETAILS_MISMATCH))).isEqualTo("REJECTED [\"DETAILS_MISMATCH\"] -");
        assertThat(outcome(byId.get(Fixtures.FACE_MISMATCH))).isEqualTo("REJECTED [\"FACE_MISMATCH\"] -");
        assertEngineFailure(byId.get("x-segv"), "ocr-engine", "ENGINE_CRASHED (the worker died, ");
        assertEngineFailure(byId.get("x-abort"), "face-engine", "ENGINE_CRASHED (the worker died, killed by signal 6"
                + " (SIGABRT)");
        assertEngineFailure(byId.get("x-heap"), "face-engine", "ENGINE_OUT_OF_MEMORY (the worker ran out of memory, "
                + "exit status 3");
        assertEngineFailure(byId.get("x-hang"), "ocr-engine", "ENGINE_TIMED_OUT (no answer within 30.000 s; the "
                + "worker was killed)");
        assertEngineFailure(byId.get("x-killme"), "ocr-engine", "ENGINE_CRASHED (the worker died, killed by signal 9"
                + " (SIGKILL))");
        assertThat(Files.readString(work.resolve("notifications.jsonl")).lines()
                .filter(line -> line.contains("PROCESSING_FAILED"))).hasSize(5);
        assertThat(run.err()).contains("not processed      5");
        assertThat(ProcessHandle.of(killed)).isEmpty();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("engine workers left running").isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void theTextReportNamesTheEngineFailure() {
        Path zip = Fixtures.sampleAs(temp.resolve("inputs"), Fixtures.APPROVED, "x-segv");
        var context = new OnboardingCli.Context(CliRun.CLOCK,
                settings -> DefaultEngines.open(settings, MisbehavingEngineWorker.class.getName()), () -> false);

        CliRun run = CliRun.run(context, "process", "--work-dir", temp.resolve("work").toString(), zip.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).contains("x-segv: NEEDS_REVIEW (DEPENDENCY_FAILURE)")
                .contains("error                ocr-engine: reading unzipped/x-segv_license.png failed: "
                        + "ENGINE_CRASHED (the worker died, ")
                .contains("face check           passed")
                .contains("PROCESSING_FAILED [DEPENDENCY_FAILURE, DEPENDENCY_OCR_ENGINE]");
        assertThat(run.out()).contains("decisions          NEEDS_REVIEW 1");
    }

    private static String outcome(JsonNode line) {
        return line.get("decision").asText() + " " + line.get("reasons") + " "
                + (line.get("error").isNull() ? "-" : line.get("error").toString());
    }

    private static void assertEngineFailure(JsonNode line, String dependency, String message) {
        assertThat(line.get("decision").asText()).as(line.toString()).isEqualTo("NEEDS_REVIEW");
        assertThat(line.get("reasons").toString()).isEqualTo("[\"DEPENDENCY_FAILURE\"]");
        assertThat(line.get("error").get("dependency").asText()).isEqualTo(dependency);
        assertThat(line.get("error").get("retryable").asBoolean()).isFalse();
        assertThat(line.get("error").get("message").asText()).contains(message);
        assertThat(line.get("notifications").toString()).contains("PROCESSING_FAILED")
                .contains("DEPENDENCY_" + dependency.toUpperCase().replace('-', '_'));
    }

    /** Waits for the worker that says it is busy with the killme package, kills it (SIGKILL), returns its pid. */
    private static long killTheBusyWorker(CompletableFuture<CliRun> running) throws Exception {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        while (!running.isDone()) {
            List<Long> children = ProcessHandle.current().children().map(ProcessHandle::pid).toList();
            try (Stream<Path> directories = Files.list(temporary)) {
                for (Path directory : directories.filter(d -> d.getFileName().toString()
                        .startsWith("onboarding-engines-")).toList()) {
                    for (long pid : children) {
                        if (Files.exists(directory.resolve("busy-" + pid))) {
                            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                            return pid;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no worker said it was busy with the killme package");
    }
}
