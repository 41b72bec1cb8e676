package io.onboarding.adapters.aws.s3;

import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.model.ApplicationId;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PutObjectPresignRequest;

/**
 * Presigned uploads of application packages: a PUT of exactly {@code zipped/<id>.zip} in the document bucket, with
 * its length and content type ({@value #CONTENT_TYPE}) signed, so the link can write that one key, with that many
 * bytes, until it expires, and nothing else. Presigning is local work (no call to S3); it signs with the credentials
 * the presigner was built with, so the link can do only what they may do.
 */
public final class UploadLinks {
    public static final String CONTENT_TYPE = "application/zip";
    /** S3 refuses presigned links valid for longer than seven days. */
    static final Duration LONGEST_EXPIRY = Duration.ofDays(7);

    private final S3Presigner presigner;
    private final String bucket;
    private final Duration expiry;

    public UploadLinks(S3Presigner presigner, String bucket, Duration expiry) {
        this.presigner = Objects.requireNonNull(presigner, "presigner");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("bucket name is blank");
        }
        if (expiry.isNegative() || expiry.isZero() || expiry.compareTo(LONGEST_EXPIRY) > 0) {
            throw new IllegalArgumentException("expiry must be positive and at most seven days");
        }
    }

    /** How to upload: the method, the URL and the headers the request must carry as they are, and until when. */
    public record UploadLink(String method, URI url, Map<String, String> headers, Instant expiresAt) {
        public UploadLink {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(expiresAt, "expiresAt");
            headers = Map.copyOf(headers);
        }
    }

    /** The key a package for {@code id} is uploaded to, the key the workflow's upload rule watches. */
    public static String packageKey(ApplicationId id) {
        return S3DocumentStore.PACKAGE_PREFIX + id.value() + ".zip";
    }

    /**
     * A link to upload the package of {@code id}, of exactly {@code contentLength} bytes.
     *
     * @throws io.onboarding.domain.port.DependencyException when no credentials could be had to sign with
     */
    public UploadLink forPackage(ApplicationId id, long contentLength) {
        Objects.requireNonNull(id, "id");
        if (contentLength < 1) {
            throw new IllegalArgumentException("a package has at least one byte");
        }
        PutObjectRequest put = PutObjectRequest.builder().bucket(bucket).key(packageKey(id)).contentType(CONTENT_TYPE)
                .contentLength(contentLength).build();
        PresignedPutObjectRequest presigned;
        try {
            presigned = presigner.presignPutObject(PutObjectPresignRequest.builder().signatureDuration(expiry)
                    .putObjectRequest(put).build());
        } catch (SdkException e) {
            throw AwsFailures.translate(S3DocumentStore.DEPENDENCY, "presign PutObject", e);
        }
        var headers = new TreeMap<String, String>();
        for (Map.Entry<String, List<String>> header : presigned.signedHeaders().entrySet()) {
            // the HTTP client sets Host from the URL itself, and most refuse to be told it
            if (!"host".equals(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.put(canonicalName(header.getKey()), String.join(",", header.getValue()));
            }
        }
        headers.putIfAbsent("Content-Length", Long.toString(contentLength));
        headers.putIfAbsent("Content-Type", CONTENT_TYPE);
        try {
            return new UploadLink(presigned.httpRequest().method().name(), presigned.url().toURI(), headers,
                    presigned.expiration());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the presigner made a URL that is not a URI", e);
        }
    }

    /** {@code content-length} as {@code Content-Length}: how the headers are usually written, for people. */
    private static String canonicalName(String name) {
        var out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return out.toString();
    }
}
