package io.onboarding.lambdas.metrics;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.metrics.EmbeddedMetrics.Unit;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What the functions measure, in the namespace {@value EmbeddedMetrics#NAMESPACE}: {@value #DECISIONS} by
 * {@value #OUTCOME} (each final decision once, when it is recorded), {@value #REFUSALS} by {@value #REASON} (a refused
 * package, when its rejection is recorded), {@value #DEPENDENCY_FAILURES} by {@value #SERVICE} (an application recorded
 * NEEDS_REVIEW / DEPENDENCY_FAILURE, by the dependency that kept failing) and {@value #STEP_LATENCY} by {@value #STEP}
 * (one handler invocation, in milliseconds). Decisions and dependency failures are also published without a
 * dimension: template.yaml's DependencyFailureRateAlarm divides one by the other.
 *
 * <p>Written without lambdas: the first call of each lambda generates a class at run time, a cost every cold start
 * would pay.
 */
public final class OnboardingMetrics {
    public static final String DECISIONS = "Decisions";
    public static final String REFUSALS = "Refusals";
    public static final String DEPENDENCY_FAILURES = "DependencyFailures";
    public static final String STEP_LATENCY = "StepLatency";
    public static final String REVIEWS = "Reviews";
    public static final String OUTCOME = "Outcome";
    public static final String REASON = "Reason";
    public static final String SERVICE = "Service";
    public static final String STEP = "Step";
    /** The service of a dependency failure whose notification named none (not expected: every failure names one). */
    public static final String UNKNOWN_SERVICE = "UNKNOWN";

    private static final String DEPENDENCY_PREFIX = "DEPENDENCY_";

    private final EmbeddedMetrics metrics;
    private final LongSupplier nanoTime;

    public OnboardingMetrics(EmbeddedMetrics metrics, LongSupplier nanoTime) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Metrics on standard output, where Lambda's log shipping picks them up, stamped with the system clock. */
    public static OnboardingMetrics standardOutput() {
        return new OnboardingMetrics(new EmbeddedMetrics(System.out, Clock.systemUTC()), new SystemNanoTime());
    }

    /**
     * Counts what a step's call recorded: a final decision (and the refusal or dependency failure behind it) when
     * this call wrote it. A duplicate call, a pending decision, and a late answer recorded after the decision count
     * nothing, so each application's decision is counted once however often its events are delivered.
     */
    public void recorded(StepResult result) {
        Objects.requireNonNull(result, "result");
        Optional<DecisionOutcome> decided = decidedByThisCall(result);
        if (decided.isEmpty()) {
            return;
        }
        ApplicationRecord record = result.record();
        metrics.put(DECISIONS, Unit.COUNT, 1, OUTCOME, decided.get().name(), true);
        if (record.refusal().isPresent()) {
            metrics.put(REFUSALS, Unit.COUNT, 1, REASON, record.refusal().get().name(), false);
        }
        if (record.decision().isPresent()
                && record.decision().get().reasons().contains(DecisionReason.DEPENDENCY_FAILURE)) {
            metrics.put(DEPENDENCY_FAILURES, Unit.COUNT, 1, SERVICE, failedService(record.history()), true);
        }
    }

    /**
     * Counts a review by its outcome, once: when this call sent the bank the review's notification (a review is
     * notified exactly once, and a repeated request sends nothing). A review is counted apart from
     * {@link #DECISIONS}, which already counted the application's NEEDS_REVIEW decision.
     */
    public void reviewed(StepResult result) {
        Objects.requireNonNull(result, "result");
        boolean notifiedNow = result.performed().stream()
                .anyMatch(performed -> performed.effect() == Effect.NOTIFY_REVIEWED);
        if (notifiedNow && result.record().review().isPresent()) {
            metrics.put(REVIEWS, Unit.COUNT, 1, OUTCOME, result.record().review().get().outcome().name(), false);
        }
    }

    /** The time to pass to {@link #stepEnded} when the step's invocation ends. */
    public long stepStarted() {
        return nanoTime.getAsLong();
    }

    /** Measures the invocation of {@code step} started at {@code started} ({@link #stepStarted}). */
    public void stepEnded(String step, long started) {
        long millis = TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - started);
        metrics.put(STEP_LATENCY, Unit.MILLISECONDS, Math.max(0, millis), STEP, step, false);
    }

    /**
     * The final outcome this call recorded. A decision is always the last thing written for an upload, so a call
     * that changed something and whose record ends with a decision event wrote that decision.
     */
    private static Optional<DecisionOutcome> decidedByThisCall(StepResult result) {
        List<HistoryEvent> history = result.record().history();
        if (result.duplicate() || history.isEmpty()) {
            return Optional.empty();
        }
        HistoryEvent last = history.get(history.size() - 1);
        if (last.kind() != HistoryEvent.Kind.DECIDED) {
            return Optional.empty();
        }
        if (last.after().isEmpty() || last.after().get() == DecisionOutcome.PENDING_LICENSE_VALIDATION) {
            return Optional.empty();
        }
        return last.after();
    }

    /**
     * The dependency the latest failure notification names: its codes are the notification's kind, then
     * {@code DEPENDENCY_FAILURE} and {@code DEPENDENCY_<SERVICE>}.
     */
    private static String failedService(List<HistoryEvent> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEvent event = history.get(i);
            if (event.kind() != HistoryEvent.Kind.NOTIFIED
                    || !event.codes().contains(DecisionReason.DEPENDENCY_FAILURE.name())) {
                continue;
            }
            for (String code : event.codes()) {
                if (code.startsWith(DEPENDENCY_PREFIX) && !code.equals(DecisionReason.DEPENDENCY_FAILURE.name())) {
                    return code.substring(DEPENDENCY_PREFIX.length());
                }
            }
        }
        return UNKNOWN_SERVICE;
    }

    /** {@link System#nanoTime()} as a class of its own rather than a method reference (see above). */
    private static final class SystemNanoTime implements LongSupplier {
        @Override
        public long getAsLong() {
            return System.nanoTime();
        }
    }
}
