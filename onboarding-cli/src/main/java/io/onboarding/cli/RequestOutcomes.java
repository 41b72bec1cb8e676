package io.onboarding.cli;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.usecase.ApplicationStateException;
import io.onboarding.domain.usecase.StepResult;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How {@code review} and {@code purge} report what became of a request: done, refused by the application's state, or
 * not completed. Messages hold the id, codes and the failing dependency, never a value the request carried.
 */
final class RequestOutcomes {
    private RequestOutcomes() {
    }

    /** What was done: before the status on standard output, or on standard error when the output is JSON. */
    static void report(CommandSpec spec, String done, boolean json) {
        PrintWriter stream = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        stream.println(done);
        stream.flush();
    }

    /** The request conflicts with the application's state: says why, with the use case's code. */
    static int refused(CommandSpec spec, ApplicationId id, ApplicationStateException.Code code, String why) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("refused: application " + id.value() + " " + why + " (" + code.name() + ")");
        err.flush();
        return OnboardingCli.REFUSED;
    }

    /** A dependency failed, or another process held the record: says whether running the command again helps. */
    static int notCompleted(CommandSpec spec, String what, RuntimeException failure) {
        boolean retry = !(failure instanceof DependencyException dependency) || dependency.isRetryable();
        PrintWriter err = spec.commandLine().getErr();
        err.println("onboarding-cli: " + what + " was not completed: " + failure.getClass().getSimpleName()
                + (failure instanceof DependencyException dependency ? " (" + dependency.dependency() + ")" : "")
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + (retry ? ". Run the same command again: a repeated request does only what is left to do." : ""));
        err.flush();
        return OnboardingCli.RUN_FAILED;
    }

    /** The kinds of the notifications a call sent, for one line of output. */
    static String kinds(StepResult result) {
        return result.notifications().stream().map(Notification::kind).map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
