package io.onboarding.adapters.aws.s3;

import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentNotFoundException;
import io.onboarding.domain.port.DocumentStore;
import java.io.InputStream;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link DocumentStore} on one S3 bucket. Packages are read at the version the upload event named: an ETag is sent
 * as {@code If-Match}, anything else as {@code versionId} (see {@link ObjectVersion}); a missing key, a missing
 * version and an ETag that no longer matches are all {@link DocumentNotFoundException}s. Accepted files go to
 * {@code unzipped/<name>}; Rekognition and Textract read them from the same bucket by {@link DocumentRef#key()}.
 */
public final class S3DocumentStore implements DocumentStore {
    static final String DEPENDENCY = "s3";
    static final String DOCUMENT_PREFIX = "unzipped/";

    private final S3Client s3;
    private final String bucket;

    public S3DocumentStore(S3Client s3, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("bucket name is blank");
        }
    }

    @Override
    public InputStream openPackage(PackageRef ref) {
        ObjectVersion version = ObjectVersion.of(ref.sourceVersion());
        GetObjectRequest request = version.applyTo(GetObjectRequest.builder().bucket(bucket).key(ref.key())).build();
        try {
            return new TranslatingInputStream(s3.getObject(request), ref.key());
        } catch (NoSuchKeyException e) {
            throw new DocumentNotFoundException(DEPENDENCY, ref.key(), e);
        } catch (S3Exception e) {
            if (isMissingVersion(e, version)) {
                throw new DocumentNotFoundException(DEPENDENCY, ref.key() + " at version " + version.kind(), e);
            }
            throw AwsFailures.translate(DEPENDENCY, "GetObject", e);
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "GetObject", e);
        }
    }

    @Override
    public void purge(io.onboarding.domain.model.ApplicationId id, java.util.List<DocumentRef> documents) {
        throw new UnsupportedOperationException("not yet");   // TODO(issue 11): being written
    }

    @Override
    public DocumentRef storeDocument(String name, String contentType, byte[] content) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        if (name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("document name must be a plain file name");
        }
        DocumentRef ref = new DocumentRef(DOCUMENT_PREFIX + name);
        try {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(ref.key()).contentType(contentType).build(),
                    RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "PutObject", e);
        }
        return ref;
    }

    /**
     * 404 without the bucket missing (NoSuchVersion), 412 (the ETag moved on), or S3's 400 for a malformed version
     * id. A missing bucket is a configuration fault, not a missing document. Note that S3 answers 403, not 404, for
     * a missing key when the caller lacks {@code s3:ListBucket}; that stays a permanent {@link DependencyException}.
     */
    private static boolean isMissingVersion(S3Exception e, ObjectVersion version) {
        String code = AwsFailures.errorCode(e);
        return switch (e.statusCode()) {
            case 404 -> !"NoSuchBucket".equals(code);
            case 412 -> version.kind() == ObjectVersion.Kind.ETAG;
            case 400 -> version.kind() == ObjectVersion.Kind.VERSION_ID && "InvalidArgument".equals(code);
            default -> false;
        };
    }
}
