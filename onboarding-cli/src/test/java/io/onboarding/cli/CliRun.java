package io.onboarding.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the CLI in this JVM, as {@code main} would, with captured standard output and error. */
record CliRun(int exitCode, String out, String err) {
    /** Before the sample licence's expiry (2027-01-12), so the samples' decisions do not depend on today. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun run(Engines.Factory engines, String... args) {
        return run(new OnboardingCli.Context(CLOCK, engines, () -> false), args);
    }

    static CliRun run(OnboardingCli.Context context, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine commandLine = OnboardingCli.commandLine(context);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Standard output read as JSON Lines; fails when any line is not a JSON object. */
    List<JsonNode> jsonLines() {
        var lines = new ArrayList<JsonNode>();
        for (String line : out.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (!node.isObject()) {
                    throw new AssertionError("not a JSON object: " + line);
                }
                lines.add(node);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + line, e);
            }
        }
        return lines;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
