package io.onboarding.cli;

import io.onboarding.domain.model.ApplicationId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Spec;

/**
 * {@code onboarding-cli}: the onboarding use cases on local zips. Subcommands {@code process}, {@code show},
 * {@code list}, {@code status}, {@code review} and {@code purge}; see {@code docs/cli.md}. Exit status: 0 done (for
 * {@code process}: all approved), 1 some not approved, or no record for the application, 2 usage error, 3 a package
 * could not be processed (or the run failed), 4 the application's state refuses the request.
 */
@Command(name = "onboarding-cli", mixinStandardHelpOptions = true, versionProvider = OnboardingCli.Version.class,
        description = "Customer onboarding (KYC) on local application packages.")
public final class OnboardingCli implements Callable<Integer> {
    /** The work directory holds no record for the application asked about. */
    static final int NO_RECORD = 1;
    /** A run that failed outside any single package (for example an unwritable work directory). */
    static final int RUN_FAILED = 3;
    /** A review or purge that the application's state does not allow (the use case's conflict). */
    static final int REFUSED = 4;
    /** Options whose values may hold personal data: a usage error never quotes them. */
    private static final List<String> WITHHELD_OPTIONS = List.of(ReviewCommand.NOTE);

    /** What the commands take from the process they run in; tests supply their own. */
    record Context(Clock clock, Engines.Factory engines, BooleanSupplier terminal) {
        Context {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(engines, "engines");
            Objects.requireNonNull(terminal, "terminal");
        }
    }

    @Spec
    CommandSpec spec;

    private OnboardingCli() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(new Context(Clock.systemUTC(), DefaultEngines::open,
                OnboardingCli::standardErrorIsATerminal)).execute(args));
    }

    /**
     * Whether standard error, where the progress bar is drawn, is a terminal. On Linux the answer is where file
     * descriptor 2 points; elsewhere the JVM's console (standard input and output on a terminal) stands in for it.
     */
    static boolean standardErrorIsATerminal() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
            return System.console() != null;
        }
    }

    /** Whether a file descriptor's target ({@code /proc/self/fd/N}'s link) is a terminal device. */
    static boolean isTerminalDevice(String fdTarget) {
        return fdTarget.startsWith("/dev/pts/") || fdTarget.startsWith("/dev/tty");
    }

    /** The command line with its subcommands, wired to {@code context}. */
    static CommandLine commandLine(Context context) {
        CommandLine commandLine = new CommandLine(new OnboardingCli())
                .addSubcommand(new CommandLine(new ProcessCommand(context)))
                .addSubcommand(new CommandLine(new ShowCommand()))
                .addSubcommand(new CommandLine(new ListCommand()))
                .addSubcommand(new CommandLine(new StatusCommand()))
                .addSubcommand(new CommandLine(new ReviewCommand(context)))
                .addSubcommand(new CommandLine(new PurgeCommand(context)))
                .setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(OnboardingCli::usageError);
        commandLine.setExecutionExceptionHandler((error, failed, parsed) -> {
            failed.getErr().println("onboarding-cli: " + error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage()));
            failed.getErr().flush();
            return RUN_FAILED;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: process, show, list, status, review or purge");
    }

    /** {@code value} as an application id, or a usage error that says what an id looks like. */
    static ApplicationId applicationId(CommandSpec spec, String value) {
        if (!ApplicationId.isValid(value)) {
            throw new ParameterException(spec.commandLine(), "not an application id: use [A-Za-z0-9_-], 1-"
                    + ApplicationId.MAX_LENGTH + " characters");
        }
        return ApplicationId.of(value);
    }

    /**
     * Prints a usage error as picocli would (the message, then suggestions or the usage help), except that a value
     * given to an option that may hold personal data is never quoted: picocli quotes a rejected value, for example
     * a note that looks like an option.
     */
    private static int usageError(ParameterException error, String[] args) {
        CommandLine failed = error.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(failed.getColorScheme().errorText(withheld(String.valueOf(error.getMessage()), args)));
        if (!UnmatchedArgumentException.printSuggestions(error, err)) {
            failed.usage(err, failed.getColorScheme());
        }
        err.flush();
        return failed.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** {@code message} without any quoted value of a withheld option. */
    static String withheld(String message, String[] args) {
        String result = message;
        for (int i = 0; i < args.length; i++) {
            for (String option : WITHHELD_OPTIONS) {
                String value = args[i].equals(option) && i + 1 < args.length ? args[i + 1]
                        : args[i].startsWith(option + "=") ? args[i].substring(option.length() + 1) : null;
                if (value != null && !value.isEmpty()) {
                    result = result.replace("'" + value + "'", "(the value of " + option + ")");
                }
            }
        }
        return result;
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = OnboardingCli.class.getPackage().getImplementationVersion();
            return new String[] {"onboarding-cli " + (version == null ? "(development build)" : version)};
        }
    }
}
