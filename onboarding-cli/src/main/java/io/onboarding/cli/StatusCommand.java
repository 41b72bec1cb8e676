package io.onboarding.cli;

import io.onboarding.cli.output.StatusJson;
import io.onboarding.cli.output.StatusReport;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.model.ApplicationId;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onboarding-cli status <app_uuid>}: where one application stands, as the HTTP API's status shows it (the
 * domain's {@link ApplicationStatus}): stage, decision, reason codes, each check per field, timestamps, the review
 * without its note, the purge and the history. Exit status 0 when shown, 1 when there is no record, 2 for a usage
 * error, 3 when the record cannot be read.
 */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show where one application stands: decision, checks, review, purge and history.")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkDirOption work;

    @Parameters(index = "0", paramLabel = "APP_UUID", description = "The application id.")
    String appUuid;

    @Option(names = "--json", description = "Print the status as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        ApplicationId id = OnboardingCli.applicationId(spec, appUuid);
        Optional<ApplicationRecord> record = work.find(id);
        if (record.isEmpty()) {
            return noRecord(spec, id, work);
        }
        print(spec, ApplicationStatus.of(record.get()), json);
        return 0;
    }

    /** Prints {@code status} to standard output, as the report or as one JSON line. */
    static void print(CommandSpec spec, ApplicationStatus status, boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new StatusJson().line(status));
        } else {
            out.print(new StatusReport().render(status));
        }
        out.flush();
    }

    /** Says that the work directory holds no record for {@code id}; returns the exit status for that. */
    static int noRecord(CommandSpec spec, ApplicationId id, WorkDirOption work) {
        spec.commandLine().getErr().println("no record for application " + id.value() + " in " + work.workDir);
        spec.commandLine().getErr().flush();
        return OnboardingCli.NO_RECORD;
    }
}
