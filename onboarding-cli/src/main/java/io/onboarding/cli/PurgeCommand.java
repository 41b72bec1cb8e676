package io.onboarding.cli;

import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.usecase.ApplicationNotFoundException;
import io.onboarding.domain.usecase.ApplicationStateException;
import io.onboarding.domain.usecase.ConcurrentUpdateException;
import io.onboarding.domain.usecase.PurgeApplicationDocuments;
import io.onboarding.domain.usecase.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onboarding-cli purge <app_uuid> --requested-by ... --reason ...}: deletes a decided application's package
 * ({@code zipped/<app_uuid>.zip}) and its stored files ({@code unzipped/}) from the work directory at once, through
 * the domain's {@link PurgeApplicationDocuments}; the record stays, with its decision, and its history gains a
 * DOCUMENTS_PURGED entry naming who asked and why. Exit status 0 purged (also when it already was, reported as
 * already done), 1 no record, 2 usage error, 3 the purge could not be completed (run it again), 4 the application
 * has no final decision yet.
 */
@Command(name = "purge", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Delete a decided application's package and files now; its record and decision stay.")
final class PurgeCommand implements Callable<Integer> {
    /** The longest {@code --requested-by} taken: the length of a reviewer's name. */
    static final int MAX_REQUESTED_BY = 128;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkDirOption work;

    @Parameters(index = "0", paramLabel = "APP_UUID", description = "The application id.")
    String appUuid;

    @Option(names = "--requested-by", required = true, paramLabel = "NAME",
            description = "Who asked for the purge (a user name, an e-mail address, a ticket's requester).")
    String requestedBy;

    @Option(names = "--reason", required = true, paramLabel = "CODE",
            description = "Why, as an upper-case code (for example CUSTOMER_REQUEST).")
    String reason;

    @Option(names = "--json", description = "Print the application's status afterwards as one JSON object.")
    boolean json;

    private final OnboardingCli.Context context;

    PurgeCommand(OnboardingCli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ApplicationId id = OnboardingCli.applicationId(spec, appUuid);
        List<String> problems = validate(requestedBy, reason);
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join("; ", problems));
        }
        if (work.find(id).isEmpty()) {
            return StatusCommand.noRecord(spec, id, work);
        }
        StepResult result;
        try {
            result = Wiring.purgeApplicationDocuments(work.workDir, context.clock()).purge(id, requestedBy, reason);
        } catch (ApplicationNotFoundException gone) {
            return StatusCommand.noRecord(spec, id, work);
        } catch (ApplicationStateException refused) {
            return RequestOutcomes.refused(spec, id, refused.code(),
                    "has no final decision yet: its files are still needed; purge it once it is decided");
        } catch (DependencyException | ConcurrentUpdateException failed) {
            return RequestOutcomes.notCompleted(spec, "the purge of " + id.value(), failed);
        }
        String done = result.duplicate()
                ? id.value() + ": documents already purged (" + result.record().purge().map(p -> p.reasonCode()
                        + " at " + p.at()).orElse("earlier") + "); nothing changed"
                : id.value() + ": package and files deleted from " + work.workDir + "; the record and its decision "
                        + "stay (" + HistoryEvent.Kind.DOCUMENTS_PURGED + ")";
        RequestOutcomes.report(spec, done, json);
        StatusCommand.print(spec, ApplicationStatus.of(result.record()), json);
        return 0;
    }

    /** The options that do not hold what the purge's record needs, with what each takes. */
    static List<String> validate(String requestedBy, String reasonCode) {
        var problems = new ArrayList<String>();
        if (requestedBy.isBlank() || requestedBy.length() > MAX_REQUESTED_BY
                || requestedBy.codePoints().anyMatch(Character::isISOControl)) {
            problems.add("invalid --requested-by: 1 to " + MAX_REQUESTED_BY + " characters, not blank, no control "
                    + "characters");
        }
        if (!HistoryEvent.isCode(reasonCode)) {
            problems.add("invalid --reason: an upper-case code, A-Z then A-Z, 0-9 or _ (up to 64 characters)");
        }
        return problems;
    }
}
