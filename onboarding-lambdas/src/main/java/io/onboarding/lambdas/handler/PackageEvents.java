package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.onboarding.domain.model.PackageRef;
import java.util.Optional;

/**
 * Reads S3 event records as package references: URL-decodes the key (S3 sends {@code +} for a space), takes the
 * object's version id, or its ETag when the bucket is not versioned, and keeps only {@code zipped/*.zip} objects
 * of the configured bucket.
 */
final class PackageEvents {
    static final String PREFIX = "zipped/";
    static final String SUFFIX = ".zip";

    private PackageEvents() {
    }

    /** The package a record announces, or empty with the reason in {@code ignoredBecause}. */
    static Optional<PackageRef> packageRef(S3EventNotificationRecord record, String bucket, StringBuilder ignoredBecause) {
        if (record.getS3() == null || record.getS3().getObject() == null || record.getS3().getBucket() == null) {
            ignoredBecause.append("record without an S3 object");
            return Optional.empty();
        }
        if (!bucket.equals(record.getS3().getBucket().getName())) {
            ignoredBecause.append("object of another bucket");
            return Optional.empty();
        }
        String key = record.getS3().getObject().getUrlDecodedKey();
        if (!key.startsWith(PREFIX) || !key.endsWith(SUFFIX)) {
            ignoredBecause.append("not a zipped/*.zip object");
            return Optional.empty();
        }
        String version = record.getS3().getObject().getVersionId();
        if (version == null || version.isBlank()) {
            version = record.getS3().getObject().geteTag();
        }
        if (version == null || version.isBlank()) {
            ignoredBecause.append("object without version id or ETag");
            return Optional.empty();
        }
        return Optional.of(new PackageRef(key, version));
    }

    static int size(S3Event event) {
        return event == null || event.getRecords() == null ? 0 : event.getRecords().size();
    }
}
