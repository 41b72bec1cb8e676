package io.onboarding.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code onboarding-cli}: the onboarding use cases on local zips. Subcommands {@code process}, {@code show} and
 * {@code list}; see {@code docs/cli.md}. Exit status: 0 all approved, 1 some not approved, 2 usage error, 3 a package
 * could not be processed (or the run failed).
 */
@Command(name = "onboarding-cli", mixinStandardHelpOptions = true, versionProvider = OnboardingCli.Version.class,
        description = "Customer onboarding (KYC) on local application packages.")
public final class OnboardingCli implements Callable<Integer> {
    /** A run that failed outside any single package (for example an unwritable work directory). */
    static final int RUN_FAILED = 3;

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
                .setCaseInsensitiveEnumValuesAllowed(true);
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
        throw new ParameterException(spec.commandLine(), "Missing command: process, show or list");
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
