package io.onboarding.cli;

import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.usecase.ApplicationNotFoundException;
import io.onboarding.domain.usecase.ApplicationStateException;
import io.onboarding.domain.usecase.ConcurrentUpdateException;
import io.onboarding.domain.usecase.ReviewApplication;
import io.onboarding.domain.usecase.StepResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onboarding-cli review <app_uuid> --outcome ... --reviewer ... --reason ...}: a person decides an application
 * that needs review, through the domain's {@link ReviewApplication}: the review is recorded with the decision before
 * and after it, and the bank is notified (a line in {@code notifications.jsonl}: the outcome and the reason code,
 * never the note). The note may hold personal data: it is kept with the record and never printed, not even in an
 * error. Exit status 0 reviewed (also for a repeat of the same request, reported as already done), 1 no record, 2
 * usage error (naming the option), 3 the review or its notification could not be completed (run it again), 4 the
 * application does not await review or was reviewed otherwise.
 */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Decide an application that needs review (NEEDS_REVIEW): approve or reject it.")
final class ReviewCommand implements Callable<Integer> {
    static final String NOTE = "--note";
    static final String NOTE_FILE = "--note-file";

    /** What a reviewer may decide. */
    enum Outcome {
        APPROVED, REJECTED;

        DecisionOutcome decision() {
            return this == APPROVED ? DecisionOutcome.APPROVED : DecisionOutcome.REJECTED;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkDirOption work;

    @Parameters(index = "0", paramLabel = "APP_UUID", description = "The application id.")
    String appUuid;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME", description = "APPROVED or REJECTED.")
    Outcome outcome;

    @Option(names = "--reviewer", required = true, paramLabel = "NAME",
            description = "Who decides: a user name, an e-mail address or an IAM principal's name.")
    String reviewer;

    @Option(names = "--reason", required = true, paramLabel = "CODE",
            description = "Why, as an upper-case code (for example DOCUMENT_CHECKED_BY_HAND).")
    String reason;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    NoteSource note;

    @Option(names = "--json", description = "Print the application's status afterwards as one JSON object.")
    boolean json;

    /** {@code --note TEXT} or {@code --note-file FILE}: an optional free-text note, kept and never shown. */
    static final class NoteSource {
        @Option(names = NOTE, paramLabel = "TEXT", description = "A note for the record (personal data: never "
                + "shown; the command line is visible to other users, so prefer " + NOTE_FILE + ").")
        String text;

        @Option(names = NOTE_FILE, paramLabel = "FILE", description = "Read the note from this UTF-8 file.")
        Path file;
    }

    private final OnboardingCli.Context context;

    ReviewCommand(OnboardingCli.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ApplicationId id = OnboardingCli.applicationId(spec, appUuid);
        Optional<String> noteText = readNote();
        List<String> problems = ReviewApplication.validate(outcome.decision(), reviewer, reason, noteText);
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join("; ", explain(problems)));
        }
        if (work.find(id).isEmpty()) {
            return StatusCommand.noRecord(spec, id, work);
        }
        var request = new ReviewApplication.Request(outcome.decision(), reviewer, reason, noteText);
        StepResult result;
        try {
            result = Wiring.reviewApplication(work.workDir, context.clock()).review(id, request);
        } catch (ApplicationNotFoundException gone) {
            return StatusCommand.noRecord(spec, id, work);
        } catch (ApplicationStateException refused) {
            return refused(id, refused.code());
        } catch (DependencyException | ConcurrentUpdateException failed) {
            return RequestOutcomes.notCompleted(spec, "the review of " + id.value(), failed);
        }
        String done = result.duplicate()
                ? id.value() + ": already reviewed with this request (" + outcome + ", " + reason + "); nothing changed"
                : id.value() + ": reviewed, now " + outcome + " (" + reason + ")" + (result.notifications().isEmpty()
                        ? "" : "; the bank was notified (" + RequestOutcomes.kinds(result) + ")");
        RequestOutcomes.report(spec, done, json);
        StatusCommand.print(spec, ApplicationStatus.of(result.record()), json);
        return 0;
    }

    private int refused(ApplicationId id, ApplicationStateException.Code code) {
        String why = switch (code) {
            case NOT_AWAITING_REVIEW -> "does not await review: only a NEEDS_REVIEW decision can be reviewed";
            case ALREADY_REVIEWED -> "was already reviewed with another outcome, reason, reviewer or note";
            case NOT_DECIDED -> "has no decision yet";
        };
        return RequestOutcomes.refused(spec, id, code, why);
    }

    private Optional<String> readNote() {
        if (note == null) {
            return Optional.empty();
        }
        if (note.file == null) {
            return Optional.of(note.text);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(note.file))).toString();
            // an editor ends the file with a line break, and a Windows one writes CR LF: neither is the note's
            return Optional.of(text.replace("\r\n", "\n").replaceFirst("\n+$", ""));
        } catch (CharacterCodingException e) {
            throw new ParameterException(spec.commandLine(), NOTE_FILE + ": the file is not UTF-8 text");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), NOTE_FILE + ": cannot read " + note.file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Each rejected member of the request as the option that gave it, and what that option takes. */
    private List<String> explain(List<String> problems) {
        var messages = new ArrayList<String>();
        for (String member : problems) {
            messages.add(switch (member) {
                case "reviewer" -> "invalid --reviewer: a letter or digit, then letters, digits or ._@+:/=,- "
                        + "(up to 128 characters)";
                case "reasonCode" -> "invalid --reason: an upper-case code, A-Z then A-Z, 0-9 or _ (up to 64 "
                        + "characters)";
                case "note" -> "invalid " + (note != null && note.file != null ? NOTE_FILE : NOTE) + ": 1 to "
                        + ReviewApplication.MAX_NOTE_LENGTH + " characters, no control characters other than line "
                        + "breaks and tabs (the note itself is not shown)";
                default -> "invalid --" + member;
            });
        }
        return messages;
    }
}
