package io.onboarding.cli;

import io.onboarding.cli.output.ApplicationResult;
import io.onboarding.cli.output.RunOutput;
import java.time.Duration;

/**
 * Hands results to the output in input order, whatever order the workers finish in: a result waits until every
 * earlier one is printed. Only results not yet printed are kept. Also works out the exit status.
 */
final class InOrderResults {
    static final int ALL_APPROVED = 0;
    static final int SOME_NOT_APPROVED = 1;
    static final int SOME_NOT_PROCESSED = 3;

    private final RunOutput output;
    private final ApplicationResult[] waiting;
    private final Duration[] durations;
    private int next;
    private boolean someNotApproved;
    private boolean someNotProcessed;

    InOrderResults(RunOutput output, int total) {
        this.output = output;
        this.waiting = new ApplicationResult[total];
        this.durations = new Duration[total];
    }

    synchronized void complete(int index, ApplicationResult result, Duration processing) {
        waiting[index] = result;
        durations[index] = processing;
        someNotProcessed |= result.couldNotBeProcessed();
        someNotApproved |= !result.approved();
        while (next < waiting.length && waiting[next] != null) {
            output.result(waiting[next], durations[next]);
            waiting[next] = null;
            durations[next] = null;
            next++;
        }
    }

    synchronized int exitCode() {
        if (someNotProcessed) {
            return SOME_NOT_PROCESSED;
        }
        return someNotApproved ? SOME_NOT_APPROVED : ALL_APPROVED;
    }
}
