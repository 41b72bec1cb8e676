package io.onboarding.adapters.aws.s3;

import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentNotFoundException;
import io.onboarding.domain.port.DocumentStore;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link DocumentStore} on one S3 bucket. Packages are read at the version the upload event named: an ETag is sent
 * as {@code If-Match}, anything else as {@code versionId} (see {@link ObjectVersion}); a missing key, a missing
 * version and an ETag that no longer matches are all {@link DocumentNotFoundException}s. Accepted files go to
 * {@code unzipped/<name>}; Rekognition and Textract read them from the same bucket by {@link DocumentRef#key()}.
 * A purge deletes every version of an application's objects (it needs {@code s3:ListBucketVersions} and
 * {@code s3:DeleteObjectVersion}).
 */
public final class S3DocumentStore implements DocumentStore {
    static final String DEPENDENCY = "s3";
    static final String DOCUMENT_PREFIX = "unzipped/";
    static final String PACKAGE_PREFIX = "zipped/";
    /** DeleteObjects takes at most this many keys a call. */
    private static final int MAX_KEYS_PER_DELETE = 1000;

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

    /**
     * Lists every version and delete marker of the package and of each document, keeping only exact key matches
     * (a listing by prefix would also return {@code zipped/<id>.zip.bak} or {@code unzipped/<name>2}), and deletes
     * them by version id, so nothing stays behind as a non-current version. An unversioned bucket lists each object
     * once, with the version id {@code null}, which S3 deletes the same way.
     */
    @Override
    public void purge(ApplicationId id, List<DocumentRef> documents) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documents, "documents");
        var keys = new LinkedHashSet<String>();
        keys.add(PACKAGE_PREFIX + id.value() + ".zip");
        documents.forEach(document -> keys.add(document.key()));
        var doomed = new ArrayList<ObjectIdentifier>();
        for (String key : keys) {
            doomed.addAll(versionsOf(key));
        }
        for (int from = 0; from < doomed.size(); from += MAX_KEYS_PER_DELETE) {
            delete(id, doomed.subList(from, Math.min(doomed.size(), from + MAX_KEYS_PER_DELETE)));
        }
    }

    private List<ObjectIdentifier> versionsOf(String key) {
        var found = new ArrayList<ObjectIdentifier>();
        try {
            for (ListObjectVersionsResponse page : s3.listObjectVersionsPaginator(list -> list.bucket(bucket)
                    .prefix(key))) {
                page.versions().stream().filter(version -> key.equals(version.key()))
                        .forEach(version -> found.add(identifier(key, version.versionId())));
                page.deleteMarkers().stream().filter(marker -> key.equals(marker.key()))
                        .forEach(marker -> found.add(identifier(key, marker.versionId())));
            }
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "ListObjectVersions", e);
        }
        return found;
    }

    private void delete(ApplicationId id, List<ObjectIdentifier> objects) {
        DeleteObjectsResponse response;
        try {
            response = s3.deleteObjects(delete -> delete.bucket(bucket)
                    .delete(Delete.builder().objects(objects).quiet(true).build()));
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "DeleteObjects", e);
        }
        List<String> failures = response.errors().stream().map(S3Error::code)
                .filter(code -> !"NoSuchKey".equals(code) && !"NoSuchVersion".equals(code)).distinct().toList();
        if (!failures.isEmpty()) {
            // the codes only: the error messages name keys, which is all right, but say nothing more useful
            throw new DependencyException(DEPENDENCY, "DeleteObjects of application " + id + " left objects: "
                    + String.join(", ", failures));
        }
    }

    private static ObjectIdentifier identifier(String key, String versionId) {
        ObjectIdentifier.Builder identifier = ObjectIdentifier.builder().key(key);
        if (versionId != null) {
            identifier.versionId(versionId);
        }
        return identifier.build();
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
