package io.onboarding.cli.output;

import io.onboarding.cli.timing.EngineTimings;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.model.RefusalReason;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The end-of-run summary: counts per decision, refusals by reason, packages that could not be processed, duplicates,
 * elapsed time, throughput, and the share of processing time spent in OCR and in face comparison. Not thread-safe:
 * results are added by the thread that prints them.
 */
public final class Summary {
    private final Map<DecisionOutcome, Integer> decisions = new EnumMap<>(DecisionOutcome.class);
    private final Map<RefusalReason, Integer> refusals = new EnumMap<>(RefusalReason.class);
    private int applications;
    private int notProcessed;
    private int duplicates;
    private long processingNanos;

    /** Counts one application and the wall time its processing took. */
    public void add(ApplicationResult result, Duration processing) {
        applications++;
        processingNanos += processing.toNanos();
        if (result.duplicate()) {
            duplicates++;
        }
        if (result.couldNotBeProcessed()) {
            notProcessed++;
        }
        if (result.failure().isEmpty() || result.failureRecorded()) {
            result.decision().ifPresent(d -> decisions.merge(d.outcome(), 1, Integer::sum));
        }
        result.record().flatMap(ApplicationRecord::refusal).ifPresent(r -> refusals.merge(r, 1, Integer::sum));
    }

    public int applications() {
        return applications;
    }

    /** The summary as text lines; {@code workers} is the number of packages processed at once. */
    public String render(Duration elapsed, EngineTimings timings, int workers) {
        double seconds = elapsed.toNanos() / 1e9;
        double processing = processingNanos / 1e9;
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "summary: %d application%s in %.2f s", applications,
                applications == 1 ? "" : "s", seconds));
        if (applications > 0 && seconds > 0) {
            out.append(String.format(Locale.ROOT, " (%.2f applications/s, %.3f s per application, %d worker%s)",
                    applications / seconds, seconds / applications, workers, workers == 1 ? "" : "s"));
        }
        out.append(System.lineSeparator());
        row(out, "decisions", decisions.isEmpty() ? "none" : join(decisions));
        row(out, "refused at intake", refusals.isEmpty() ? "none" : join(refusals));
        row(out, "not processed", String.valueOf(notProcessed));
        row(out, "duplicates", String.valueOf(duplicates));
        row(out, "engine time", String.format(Locale.ROOT,
                "OCR %.3f s in %d call%s (%s of processing), face comparison %.3f s in %d call%s (%s);"
                        + " processing %.3f s",
                timings.ocr().toNanos() / 1e9, timings.ocrCalls(), timings.ocrCalls() == 1 ? "" : "s",
                share(timings.ocr().toNanos(), processingNanos),
                timings.faceComparison().toNanos() / 1e9, timings.faceCalls(), timings.faceCalls() == 1 ? "" : "s",
                share(timings.faceComparison().toNanos(), processingNanos), processing));
        return out.toString();
    }

    private static String share(long part, long whole) {
        return whole <= 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static <E extends Enum<E>> String join(Map<E, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "  %-18s %s%n", label, value));
    }
}
