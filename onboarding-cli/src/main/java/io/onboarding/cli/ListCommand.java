package io.onboarding.cli;

import io.onboarding.cli.local.FileApplicationRepository;
import io.onboarding.cli.output.ApplicationResult;
import io.onboarding.cli.output.JsonReport;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.port.ApplicationRecord;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onboarding-cli list}: one line per stored application, by id: the decision, its reasons and the refusal
 * reason if any. Exit status 0 (also when there are none).
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
        List<ApplicationRecord> records = Files.isDirectory(work.workDir.resolve("records"))
                ? new FileApplicationRepository(work.workDir).findAll() : List.of();
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
        if (!json) {
            out.println(records.size() + " application" + (records.size() == 1 ? "" : "s"));
        }
        out.flush();
        return 0;
    }

    private static String decision(KycDecision decision) {
        return decision.reasons().isEmpty() ? decision.outcome().name() : decision.outcome().name()
                + decision.reasons().stream().map(Enum::name).collect(Collectors.joining(", ", " (", ")"));
    }
}
