package io.onboarding.cli.output;

import io.onboarding.cli.timing.EngineTimings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@code process} run writes: each application's text report or JSON line to standard output, notes and the
 * summary to standard output (text mode) or standard error ({@code --json}, so standard output stays JSON Lines),
 * and the progress bar to standard error when that is a terminal. Serialises everything, so reports from parallel
 * workers never interleave with each other or with the bar.
 */
public final class RunOutput {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final TextReport text;
    private final JsonReport jsonReport = new JsonReport();
    private final Summary summary = new Summary();
    private Optional<ProgressBar> progress = Optional.empty();

    public RunOutput(PrintWriter out, PrintWriter err, boolean json, TextReport text) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.json = json;
        this.text = Objects.requireNonNull(text, "text");
    }

    /** Shows a progress bar for {@code total} packages on standard error (call only when it is a terminal). */
    public synchronized void showProgress(int total) {
        progress = Optional.of(new ProgressBar(err, total));
    }

    /** Prints one application's result and counts it in the summary. */
    public synchronized void result(ApplicationResult result, Duration processing) {
        summary.add(result, processing);
        progress.ifPresent(ProgressBar::clear);
        if (json) {
            out.println(jsonReport.line(result));
        } else {
            out.print(text.render(result));
            out.println();
        }
        out.flush();
        progress.ifPresent(ProgressBar::advance);
    }

    /** A note for the person running the tool (never in the JSON output). */
    public synchronized void note(String message) {
        progress.ifPresent(ProgressBar::clear);
        PrintWriter target = json ? err : out;
        target.println(message);
        target.flush();
        progress.ifPresent(ProgressBar::redraw);
    }

    /** Removes the bar and prints the summary. */
    public synchronized void finish(Duration elapsed, EngineTimings timings, int workers) {
        progress.ifPresent(ProgressBar::clear);
        progress = Optional.empty();
        PrintWriter target = json ? err : out;
        target.print(summary.render(elapsed, timings, workers));
        target.flush();
    }
}
