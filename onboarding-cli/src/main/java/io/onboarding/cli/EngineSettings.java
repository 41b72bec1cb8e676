package io.onboarding.cli;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine options of {@code process}: which engines ({@code --engine}, {@code --region}) and, for the offline
 * ones, whether they run in worker processes ({@code --engine-isolation}, the default) with a deadline per engine
 * call ({@code --engine-timeout}) and an address-space ceiling per worker ({@code --engine-memory}).
 */
public record EngineSettings(EngineKind kind, Optional<String> region, EngineIsolation isolation, Duration timeout,
                             long memoryBytes) {
    public EngineSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(isolation, "isolation");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** How the offline engines run. */
    public enum EngineIsolation {
        /** In worker processes, one per {@code --parallel} slot: a crash or a runaway image ends one package. */
        PROCESS,
        /** In the CLI's own JVM, as before isolation: a native crash ends the whole run. For measurements. */
        NONE
    }
}
