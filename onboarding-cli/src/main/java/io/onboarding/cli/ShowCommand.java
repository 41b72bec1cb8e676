package io.onboarding.cli;

import io.onboarding.cli.output.ApplicationResult;
import io.onboarding.cli.output.JsonReport;
import io.onboarding.cli.output.StatusReport;
import io.onboarding.cli.output.TextReport;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicationId;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onboarding-cli show <app_uuid>}: the stored record of one application, as the report (or JSON line) that
 * {@code process} printed; the report goes on with the review, the purge and the history ({@code status} shows the
 * status view). Exit status 0 when shown, 1 when there is no record, 2 for a usage error,
 * 3 when the record cannot be read.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show the stored result of one application.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkDirOption work;

    @Parameters(index = "0", paramLabel = "APP_UUID", description = "The application id.")
    String appUuid;

    @Option(names = "--json", description = "Print the application as one JSON object.")
    boolean json;

    @Option(names = "--reveal-declared-values",
            description = "Also print the eight values the applicant declared (personal data; report only).")
    boolean revealDeclaredValues;

    @Override
    public Integer call() {
        ApplicationId id = OnboardingCli.applicationId(spec, appUuid);
        if (json && revealDeclaredValues) {
            throw new ParameterException(spec.commandLine(), "--reveal-declared-values is for the report, not --json");
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<ApplicationRecord> record = work.find(id);
        if (record.isEmpty()) {
            return StatusCommand.noRecord(spec, id, work);
        }
        ApplicationResult result = ApplicationResult.ofRecord(record.get());
        if (json) {
            out.println(new JsonReport().line(result));
        } else {
            TextReport report = new TextReport(KycPolicy.defaults().faceSimilarityThreshold());
            out.print((revealDeclaredValues ? report.withDeclaredValues() : report).render(result));
            out.print(new StatusReport().audit(ApplicationStatus.of(record.get())));
        }
        out.flush();
        return 0;
    }
}
