package io.onboarding.cli.output;

import picocli.CommandLine;

/** A deliberate violation for {@code ArchitectureTest}: output code that uses picocli. Test sources only. */
public final class PicocliInOutputViolation {
    public static String usage(CommandLine commandLine) {
        return commandLine.getUsageMessage();
    }
}
