package io.onboarding.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An uploaded application package: its key in the document store (for example {@code zipped/8d247914.zip}) and
 * the version of that object (an S3 version id or ETag, a file's hash). The same key and version delivered twice
 * is the same upload; a new version of the same key is a re-upload and is processed again.
 */
public record PackageRef(String key, String sourceVersion) {
    public static final String SUFFIX = ".zip";

    public PackageRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sourceVersion, "sourceVersion");
        if (key.isBlank()) {
            throw new IllegalArgumentException("package key is blank");
        }
        if (sourceVersion.isBlank()) {
            throw new IllegalArgumentException("source version is blank");
        }
    }

    /** The application id named by the key's file name ({@code <app_uuid>.zip}), if it is a valid id. */
    public Optional<ApplicationId> applicationId() {
        String fileName = key.substring(key.lastIndexOf('/') + 1);
        if (!fileName.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - SUFFIX.length());
        return ApplicationId.isValid(stem) ? Optional.of(ApplicationId.of(stem)) : Optional.empty();
    }
}
