package io.onboarding.domain.application;

import io.onboarding.domain.model.ApplicationId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An outbound action taken at most once per application version under normal operation: a notification or the
 * queued licence check. The record tracks each one so that a duplicate delivery does not repeat it.
 */
public enum Effect {
    NOTIFY_PACKAGE_REFUSED,
    NOTIFY_FACE_MATCH_FAILED,
    NOTIFY_DETAILS_MATCH_FAILED,
    NOTIFY_LICENSE_VALIDATION_FAILED,
    NOTIFY_PROCESSING_FAILED,
    NOTIFY_REVIEWED,
    QUEUE_LICENSE_CHECK;

    private static final int VERSION_HASH_HEX = 16;

    /**
     * The stable id of this effect for one upload: the same on every attempt to perform it, different for every
     * other effect or upload. The upload's version is hashed, so the id stays short whatever the store's version
     * ids look like: {@code <application id>.<effect>.<16 hex digits>}.
     */
    public String idFor(ApplicationId applicationId, String sourceVersion) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(sourceVersion.getBytes(StandardCharsets.UTF_8));
            return applicationId.value() + "." + name().toLowerCase(Locale.ROOT) + "."
                    + HexFormat.of().formatHex(digest).substring(0, VERSION_HASH_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
