package io.onboarding.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TerminalDetectionTest {
    /** Surefire runs tests in a forked JVM whose standard error is a pipe to Maven: never a terminal. */
    @Test
    void standardErrorRedirectedAwayFromATerminalGetsNoProgressBar() throws IOException {
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(stderr)) {
            assertThat(Files.readSymbolicLink(stderr).toString()).as("precondition").doesNotStartWith("/dev/pts/");
        }

        assertThat(OnboardingCli.standardErrorIsATerminal()).isFalse();
    }
}
