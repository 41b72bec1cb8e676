package io.onboarding.lambdas.bench;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;

/**
 * What the metrics add to a function's cold start, in a fresh JVM. First what every function has done before its
 * first metric anyway: built a decided record (a refused package), written a line to standard output (its decision
 * log) and run a lambda (the domain and the wiring use them). Then, timed, the first invocation's metrics as a
 * handler emits them (the emitter's creation, the step's start and end, the decision and refusal it recorded), and
 * the same again, warm. Prints both times and the classes the first round loaded. Standard output is a discarding
 * stream, so that the console's speed does not count.
 *
 * <p>Run: {@code java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -cp <document jar>:<test classes>
 * io.onboarding.lambdas.bench.MetricsColdStart}
 */
public final class MetricsColdStart {
    private MetricsColdStart() {
    }

    public static void main(String[] args) {
        PrintStream console = System.out;
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        StepResult result = new StepResult(ApplicationRecord.refused(ApplicationId.of("8d247914"), "v1", 1,
                RefusalReason.NOT_A_ZIP, at).withDecision(KycDecision.rejected(DecisionReason.PACKAGE_REFUSED), at),
                false, List.of());
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true));
        Runnable decisionLog = () -> System.out.println("{\"event\":\"decision\"}");
        decisionLog.run();
        var classes = ManagementFactory.getClassLoadingMXBean();

        long loadedBefore = classes.getTotalLoadedClassCount();
        long first = invocation(result);
        long loadedAfter = classes.getTotalLoadedClassCount();
        long second = invocation(result);

        console.printf("metrics_first_us=%d metrics_warm_us=%d classes_loaded=%d%n", first / 1_000, second / 1_000,
                loadedAfter - loadedBefore);
    }

    /** One handler invocation's metrics; answers the nanoseconds it took. */
    private static long invocation(StepResult result) {
        long start = System.nanoTime();
        OnboardingMetrics metrics = OnboardingMetrics.standardOutput();
        long started = metrics.stepStarted();
        metrics.recorded(result);
        metrics.stepEnded("ReceivePackage", started);
        return System.nanoTime() - start;
    }
}
