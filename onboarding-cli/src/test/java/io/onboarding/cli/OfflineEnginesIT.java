package io.onboarding.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job, end to end: the three samples through the real offline engines (Tesseract and OpenCV). */
class OfflineEnginesIT {
    @TempDir
    Path temp;

    @Test
    void theThreeSamplesGiveTheirExpectedDecisionsOffline() {
        Path inputs = temp.resolve("inputs");
        Fixtures.sample(inputs, Fixtures.APPROVED);
        Fixtures.sample(inputs, Fixtures.DETAILS_MISMATCH);
        Fixtures.sample(inputs, Fixtures.FACE_MISMATCH);
        var context = new OnboardingCli.Context(CliRun.CLOCK, DefaultEngines::open, () -> false);

        CliRun run = CliRun.run(context, "process", "--json", "--parallel", "2", "--work-dir",
                temp.resolve("work").toString(), inputs.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.jsonLines()).extracting(line -> line.get("appUuid").asText() + " "
                        + line.get("decision").asText() + " " + line.get("reasons") + " "
                        + line.get("licenseSelfieMatch") + " " + line.get("licenseDetailsMatch") + " "
                        + line.get("licenseValidation"))
                .containsExactly(
                        Fixtures.DETAILS_MISMATCH + " REJECTED [\"DETAILS_MISMATCH\"] true false null",
                        Fixtures.APPROVED + " APPROVED [] true true true",
                        Fixtures.FACE_MISMATCH + " REJECTED [\"FACE_MISMATCH\"] false true null");
        assertThat(run.jsonLines().get(0).get("fieldResults").get("LAST_NAME").asText()).isEqualTo("MISMATCH");
        assertThat(run.err()).contains("OCR ").contains("face comparison ");
    }
}
