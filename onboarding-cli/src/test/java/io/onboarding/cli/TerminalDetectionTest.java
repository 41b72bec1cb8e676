package io.onboarding.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalDetectionTest {
    @ParameterizedTest
    @CsvSource({
            "/dev/pts/3, true",
            "/dev/tty1, true",
            "/dev/ttyS0, true",
            "'pipe:[52731]', false",
            "/dev/null, false",
            "/tmp/stderr.log, false",
            "'socket:[991]', false"})
    void tellsTerminalDevicesFromPipesFilesAndSockets(String fdTarget, boolean terminal) {
        assertThat(OnboardingCli.isTerminalDevice(fdTarget)).isEqualTo(terminal);
    }

    /** Surefire runs tests in a forked JVM whose standard error is a pipe to Maven: never a terminal. */
    @Test
    void standardErrorRedirectedAwayFromATerminalGetsNoProgressBar() throws IOException {
        Path stderr = Path.of("/proc/self/fd/2");
        assertThat(Files.isSymbolicLink(stderr)).as("precondition: Linux /proc").isTrue();
        String target = Files.readSymbolicLink(stderr).toString();
        assertThat(OnboardingCli.isTerminalDevice(target)).as("precondition: %s", target).isFalse();

        assertThat(OnboardingCli.standardErrorIsATerminal()).isFalse();
    }
}
