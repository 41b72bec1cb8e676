package io.onboarding.domain.model;

import java.util.Objects;

/**
 * Where a stored document lives in the document store, as a store-relative key such as
 * {@code unzipped/8d247914_selfie.png}. Adapters turn it into their own addresses (an S3 object, a file).
 */
public record DocumentRef(String key) {
    public DocumentRef {
        Objects.requireNonNull(key, "key");
        if (key.isBlank() || key.startsWith("/") || key.contains("..") || key.contains("\\")) {
            throw new IllegalArgumentException("document key must be a relative key without '..' or '\\'");
        }
    }
}
