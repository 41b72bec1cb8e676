package io.onboarding.lambdas.handler;

import io.onboarding.domain.model.PackageRef;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the EventBridge events of the document bucket ({@code source} {@code aws.s3}, {@code detail-type}
 * {@code Object Created}) as package references: the key as sent (EventBridge does not URL-encode it), the
 * object's {@code version-id}, or its {@code etag} when the bucket is not versioned; and keeps only
 * {@code zipped/*.zip} objects of the configured bucket.
 */
final class BucketEvents {
    private BucketEvents() {
    }

    /** The package an event announces, or empty with the reason in {@code ignoredBecause}. */
    static Optional<PackageRef> packageRef(Map<String, Object> event, String bucket, StringBuilder ignoredBecause) {
        if (event == null || !"aws.s3".equals(event.get("source"))
                || !"Object Created".equals(event.get("detail-type"))) {
            ignoredBecause.append("not an S3 Object Created event");
            return Optional.empty();
        }
        Map<?, ?> detail = map(event.get("detail"));
        if (!bucket.equals(text(map(detail.get("bucket")).get("name")))) {
            ignoredBecause.append("object of another bucket");
            return Optional.empty();
        }
        Map<?, ?> object = map(detail.get("object"));
        String key = text(object.get("key"));
        if (!key.startsWith(PackageEvents.PREFIX) || !key.endsWith(PackageEvents.SUFFIX)) {
            ignoredBecause.append("not a zipped/*.zip object");
            return Optional.empty();
        }
        String version = text(object.get("version-id"));
        if (version.isBlank()) {
            version = text(object.get("etag"));
        }
        if (version.isBlank()) {
            ignoredBecause.append("object without version id or ETag");
            return Optional.empty();
        }
        return Optional.of(new PackageRef(key, version));
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    private static String text(Object value) {
        return value instanceof String text ? text : "";
    }
}
