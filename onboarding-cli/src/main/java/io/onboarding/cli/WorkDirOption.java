package io.onboarding.cli;

import io.onboarding.adapters.local.store.FileApplicationRepository;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.model.ApplicationId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --work-dir} option every command shares. */
final class WorkDirOption {
    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "onboarding-work",
            description = "Work directory: zipped/, unzipped/, records/, notifications.jsonl "
                    + "(default: ${DEFAULT-VALUE}).")
    Path workDir;

    /** The stored record of {@code id}; looking creates nothing, not even a missing work directory. */
    Optional<ApplicationRecord> find(ApplicationId id) {
        return Files.isDirectory(workDir.resolve("records"))
                ? new FileApplicationRepository(workDir).find(id) : Optional.empty();
    }
}
