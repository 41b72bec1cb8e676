package io.onboarding.adapters.aws.s3;

import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * Which version of an object a {@code PackageRef.sourceVersion} names. S3 ETags of uploads are 32 lower-case hex
 * digits, plus {@code -<parts>} for multipart uploads, optionally in double quotes; they are sent as
 * {@code If-Match}. Anything else is an S3 version id (opaque, such as {@code 3HL4kqtJ...} or {@code null}) and is
 * sent as {@code versionId}.
 */
record ObjectVersion(Kind kind, String value) {
    enum Kind { ETAG, VERSION_ID }

    private static final Pattern ETAG = Pattern.compile("[0-9a-f]{32}(-[0-9]{1,5})?");

    ObjectVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    static ObjectVersion of(String sourceVersion) {
        String unquoted = sourceVersion.length() > 2 && sourceVersion.startsWith("\"") && sourceVersion.endsWith("\"")
                ? sourceVersion.substring(1, sourceVersion.length() - 1) : sourceVersion;
        if (ETAG.matcher(unquoted).matches()) {
            // If-Match takes an entity tag, which HTTP writes in quotes
            return new ObjectVersion(Kind.ETAG, "\"" + unquoted + "\"");
        }
        return new ObjectVersion(Kind.VERSION_ID, sourceVersion);
    }

    GetObjectRequest.Builder applyTo(GetObjectRequest.Builder request) {
        return kind == Kind.ETAG ? request.ifMatch(value) : request.versionId(value);
    }
}
