package io.onboarding.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Everything the user got wrong exits with 2, says why, and processes nothing. */
class UsageErrorsTest {
    @TempDir
    Path temp;

    private final StubEngines engines = StubEngines.matching();

    private CliRun run(String... args) {
        return CliRun.run(engines.factory(), args);
    }

    @Test
    void exitsWithTwoWithoutACommand() {
        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "process", "process --no-such-option x.zip", "show", "show a b",
            "list --json extra", "process --parallel 0 x.zip", "process --parallel many x.zip",
            "process --engine gpu x.zip", "process --as-of yesterday x.zip", "status", "status a b",
            "review 8d247914", "review 8d247914 --outcome APPROVED --reviewer alice",
            "review 8d247914 --outcome MAYBE --reviewer alice --reason OK", "purge 8d247914 --reason OK",
            "purge 8d247914 --requested-by ops"})
    void exitsWithTwoOnABadCommandLine(String commandLine) {
        CliRun run = run(commandLine.split(" "));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isNotBlank();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void exitsWithTwoWhenAnInputDoesNotExistAndProcessesNothing() {
        Path work = temp.resolve("work");
        Path zip = Fixtures.sample(temp, Fixtures.APPROVED);

        CliRun run = run("process", "--work-dir", work.toString(), zip.toString(), temp.resolve("nope.zip").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory");
        assertThat(work).doesNotExist();
    }

    @Test
    void exitsWithTwoForAnInputThatIsNeitherAFileNorADirectoryInsteadOfReadingItForEver() {
        CliRun run = CliRun.run(StubEngines.matching().factory(), "process", "--work-dir",
                temp.resolve("w").toString(), "/dev/zero");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not a regular file or directory: /dev/zero");
    }

    @Test
    void exitsWithTwoWhenBothLicenceAnswersAreGiven() {
        CliRun run = run("process", "--license-valid", "--license-invalid", "x.zip");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void exitsWithTwoWhenAReplayFileIsNotARecordedAnswer() throws Exception {
        Path zip = Fixtures.sample(temp, Fixtures.APPROVED);
        Path notJson = Files.writeString(temp.resolve("faces.json"), "FaceMatches: none");
        Path wrongOperation = Fixtures.recorded(temp, Fixtures.SAMPLE_LICENCE);

        CliRun garbled = run("process", "--compare-faces-response", notJson.toString(), zip.toString());
        CliRun swapped = run("process", "--compare-faces-response", wrongOperation.toString(), zip.toString());
        CliRun missing = run("process", "--analyze-id-response", temp.resolve("none.json").toString(),
                zip.toString());

        assertThat(garbled.exitCode()).isEqualTo(2);
        assertThat(garbled.err()).contains("is not JSON");
        assertThat(swapped.exitCode()).isEqualTo(2);
        assertThat(swapped.err()).contains("is not a recorded CompareFaces response");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the recorded AnalyzeID response");
    }

    @Test
    void exitsWithTwoWhenTheEnginesCannotBeUsed() {
        Engines.Factory noRegion = settings -> {
            throw new IllegalArgumentException("no AWS region: pass --region");
        };

        CliRun run = CliRun.run(noRegion, "process", "--engine", "aws", "--work-dir", temp.resolve("w").toString(),
                Fixtures.sample(temp, Fixtures.APPROVED).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no AWS region");
    }

    @Test
    void exitsWithTwoForEngineLimitsOutOfRange() {
        Path zip = Fixtures.sample(temp, Fixtures.APPROVED);
        for (String[] option : new String[][] {{"--engine-timeout", "0s"}, {"--engine-timeout", "2h"},
                {"--engine-timeout", "60"}, {"--engine-memory", "100m"}, {"--engine-memory", "65g"},
                {"--engine-memory", "2t"}, {"--engine-isolation", "thread"}}) {
            CliRun run = run("process", option[0], option[1], "--work-dir", temp.resolve("w").toString(),
                    zip.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains(option[0]);
        }
        assertThat(temp.resolve("w")).doesNotExist();
    }

    @Test
    void exitsWithTwoForAnInvalidApplicationIdInShow() {
        CliRun run = run("show", "--work-dir", temp.toString(), "../etc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not an application id");
    }

    @Test
    void exitsWithTwoForAnInvalidApplicationIdInStatusReviewAndPurge() {
        for (String command : List.of("status ../etc", "review ../etc --outcome APPROVED --reviewer a --reason OK",
                "purge ../etc --requested-by ops --reason OK")) {
            CliRun run = run((command + " --work-dir " + temp.resolve("w")).split(" "));

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.err()).contains("not an application id");
        }
        assertThat(temp.resolve("w")).doesNotExist();
    }

    @Test
    void helpAndVersionExitWithZero() {
        assertThat(run("--help").exitCode()).isZero();
        assertThat(run("process", "--help").exitCode()).isZero();
        assertThat(run("--version").out()).startsWith("onboarding-cli ");
    }

    @Test
    void aDirectoryWithoutAPackageIsAUsageErrorNotASuccess() {
        CliRun run = run("process", "--work-dir", temp.resolve("w").toString(),
                Fixtures.write(temp.resolve("empty/.keep"), new byte[0]).getParent().toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("no package found");
        assertThat(temp.resolve("w")).doesNotExist();
    }

    @Test
    void aDirectoryGivesOnlyFilesNamedAsTheIdCheckWants() throws IOException {
        Path inputs = temp.resolve("upper");
        Fixtures.write(inputs.resolve("8D247914.ZIP"), new byte[] {1});
        Fixtures.write(inputs.resolve("8d247914.Zip"), new byte[] {1});

        CliRun run = run("process", "--work-dir", temp.resolve("w").toString(), inputs.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("no package found");
    }

    @Test
    void aDirectoryDoesNotFollowALinkToAFileOutsideIt() throws IOException {
        Path outside = Fixtures.write(temp.resolve("secret/8d247914.zip"), new byte[] {1, 2, 3});
        Path inputs = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(inputs.resolve("8d247914.zip"), outside);

        CliRun run = run("process", "--work-dir", temp.resolve("w").toString(), inputs.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("no package found");
        assertThat(temp.resolve("w")).doesNotExist();
    }
}
