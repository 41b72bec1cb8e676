package io.onboarding.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --work-dir} option every command shares. */
final class WorkDirOption {
    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "onboarding-work",
            description = "Work directory: zipped/, unzipped/, records/, notifications.jsonl "
                    + "(default: ${DEFAULT-VALUE}).")
    Path workDir;
}
