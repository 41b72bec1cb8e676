package io.onboarding.cli;

import io.onboarding.adapters.local.store.FileApplicationRepository;
import io.onboarding.cli.output.ApplicationResult;
import io.onboarding.cli.output.JsonReport;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onboarding-cli list}: one line per stored application, by id: the decision, its reasons and the refusal
 * reason if any, then one per damaged record. Exit status 0 (also when there are none), 3 when a record is damaged.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the stored applications and their decisions.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkDirOption work;

    @Option(names = "--json", description = "Print one JSON object per application (JSON Lines).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var damaged = new ArrayList<ApplicationId>();
        List<ApplicationRecord> records = Files.isDirectory(work.workDir.resolve("records"))
                ? new FileApplicationRepository(work.workDir).findAll(damaged::add) : List.of();
        var jsonReport = new JsonReport();
        for (ApplicationRecord record : records) {
            if (json) {
                out.println(jsonReport.line(ApplicationResult.ofRecord(record)));
            } else {
                out.println(String.format(Locale.ROOT, "%-26s %s%s", record.id().value(),
                        record.decision().map(ListCommand::decision).orElse("in progress (no decision)"),
                        record.refusal().map(reason -> "  refused: " + reason.name()).orElse("")));
            }
        }
        for (ApplicationId id : damaged) {
            var failure = new ApplicationResult.Failure("DamagedRecord", Optional.of(FileApplicationRepository.DEPENDENCY), false,
                    "records/" + id.value() + ".json cannot be read: move it out of the work directory to process"
                            + " the package again");
            if (json) {
                out.println(jsonReport.line(new ApplicationResult(Optional.empty(), Optional.of(id.value()),
                        Optional.empty(), Optional.empty(), false, List.of(), Optional.of(failure))));
            } else {
                out.println(String.format(Locale.ROOT, "%-26s %s", id.value(), "damaged: " + failure.message()));
            }
        }
        if (!json) {
            out.println(records.size() + " application" + (records.size() == 1 ? "" : "s")
                    + (damaged.isEmpty() ? "" : ", " + damaged.size() + " damaged record"
                    + (damaged.size() == 1 ? "" : "s")));
        }
        out.flush();
        return damaged.isEmpty() ? 0 : OnboardingCli.RUN_FAILED;
    }

    private static String decision(KycDecision decision) {
        return decision.reasons().isEmpty() ? decision.outcome().name() : decision.outcome().name()
                + decision.reasons().stream().map(Enum::name).collect(Collectors.joining(", ", " (", ")"));
    }
}
