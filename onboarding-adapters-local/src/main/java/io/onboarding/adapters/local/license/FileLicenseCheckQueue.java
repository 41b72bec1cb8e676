package io.onboarding.adapters.local.license;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link LicenseCheckQueue} in the work directory: each queued check is a file {@code license-queue/<app_uuid>.json}
 * with the original queue message's three keys, kept until the check is settled. A run that stopped between
 * queueing and settling leaves the file, so the next run of that package finds the check still waiting, as SQS
 * would keep the message. Holds licence numbers, like the records beside it.
 */
public final class FileLicenseCheckQueue implements LicenseCheckQueue {
    static final String DEPENDENCY = "local-license-queue";
    static final String DIRECTORY = "license-queue";

    private final ObjectMapper json = new ObjectMapper();
    private final Path directory;

    public FileLicenseCheckQueue(Path workDir) {
        this.directory = Objects.requireNonNull(workDir, "workDir").toAbsolutePath().normalize().resolve(DIRECTORY);
    }

    @Override
    public void enqueue(LicenseCheckRequest request) {
        Objects.requireNonNull(request, "request");
        var message = json.createObjectNode()
                .put("driver_license_id", request.driverLicenseId())
                .put("validation_override", request.validationOverride())
                .put("uuid", request.applicationId().value());
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".queue-", ".tmp");
            try {
                json.writeValue(temporary.toFile(), message);
                move(temporary, fileOf(request.applicationId()));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new TransientDependencyException(DEPENDENCY, "queueing the check of " + request.applicationId()
                    + " failed", e);
        }
    }

    /** The check waiting for {@code id}, if one is queued. */
    public Optional<LicenseCheckRequest> waiting(ApplicationId id) {
        try {
            JsonNode message = json.readTree(Files.readAllBytes(fileOf(id)));
            return Optional.of(new LicenseCheckRequest(message.path("driver_license_id").asText(),
                    message.path("validation_override").asBoolean(true), id));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new TransientDependencyException(DEPENDENCY, "the queued check of " + id + " is unreadable", e);
        }
    }

    /** Removes the check of {@code id} once it is settled. */
    public void settled(ApplicationId id) {
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new TransientDependencyException(DEPENDENCY, "removing the check of " + id + " failed", e);
        }
    }

    private Path fileOf(ApplicationId id) {
        return directory.resolve(id.value() + ".json");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
