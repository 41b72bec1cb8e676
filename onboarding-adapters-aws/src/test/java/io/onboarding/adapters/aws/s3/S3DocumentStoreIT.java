package io.onboarding.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentNotFoundException;
import io.onboarding.domain.testing.TestApplications;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Against S3Proxy. Its in-memory store keeps object versions once a bucket's versioning is enabled (S3Proxy 4.x), so
 * the purge is checked on a versioned bucket as well as on a plain one; reads by version id are covered by
 * S3DocumentStoreTest.
 */
class S3DocumentStoreIT {
    private static final String PACKAGE_KEY = "zipped/" + TestApplications.SAMPLE_APPROVED + ".zip";

    private final S3Client s3 = LocalAws.s3();
    private String bucket;
    private S3DocumentStore store;

    @BeforeEach
    void newBucket() {
        bucket = LocalAws.createBucket();
        store = new S3DocumentStore(s3, bucket);
    }

    @Test
    void opensThePackageAtTheETagTheUploadEventNamed() throws IOException {
        byte[] zip = TestApplications.samplePackage(TestApplications.SAMPLE_APPROVED);
        String eTag = upload(PACKAGE_KEY, zip);

        byte[] read;
        try (InputStream in = store.openPackage(new PackageRef(PACKAGE_KEY, eventStyle(eTag)))) {
            read = in.readAllBytes();
        }

        assertThat(read).isEqualTo(zip);
    }

    @Test
    void acceptsTheETagAsS3HeadersQuoteIt() throws IOException {
        String eTag = upload(PACKAGE_KEY, new byte[] {1, 2, 3});

        byte[] read;
        try (InputStream in = store.openPackage(new PackageRef(PACKAGE_KEY, eTag))) {
            read = in.readAllBytes();
        }

        assertThat(eTag).startsWith("\"");
        assertThat(read).containsExactly(1, 2, 3);
    }

    @Test
    void reportsAMissingPackageAsNotFoundAndNotRetryable() {
        var ref = new PackageRef(PACKAGE_KEY, "d41d8cd98f00b204e9800998ecf8427e");

        Throwable thrown = catchOpen(ref);

        assertThat(thrown).isInstanceOf(DocumentNotFoundException.class)
                .hasMessageContaining(PACKAGE_KEY);
        assertThat(((DependencyException) thrown).isRetryable()).isFalse();
    }

    @Test
    void reportsAPackageThatWasReplacedSinceTheEventAsNotFound() {
        String first = upload(PACKAGE_KEY, new byte[] {1});
        upload(PACKAGE_KEY, new byte[] {2});

        Throwable thrown = catchOpen(new PackageRef(PACKAGE_KEY, eventStyle(first)));

        assertThat(thrown).isInstanceOf(DocumentNotFoundException.class);
        assertThat(((DependencyException) thrown).isRetryable()).isFalse();
    }

    @Test
    void reportsAMissingBucketAsAPermanentFailureRatherThanAMissingDocument() {
        var storeWithoutBucket = new S3DocumentStore(s3, bucket + "-missing");

        assertThatThrownBy(() -> storeWithoutBucket.openPackage(
                new PackageRef(PACKAGE_KEY, "d41d8cd98f00b204e9800998ecf8427e")))
                .isInstanceOf(DependencyException.class)
                .isNotInstanceOf(DocumentNotFoundException.class)
                .hasMessageStartingWith("s3: GetObject failed: NoSuchBucket (HTTP 404, request id ")
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
    }

    @Test
    void storesAnAcceptedFileUnderUnzippedWithItsContentType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

        DocumentRef ref = store.storeDocument("8d247914_selfie.png", "image/png", png);

        HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key("unzipped/8d247914_selfie.png"));
        assertThat(ref).isEqualTo(new DocumentRef("unzipped/8d247914_selfie.png"));
        assertThat(head.contentType()).isEqualTo("image/png");
        assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket).key(ref.key())).asByteArray()).isEqualTo(png);
    }

    @Test
    void replacesAFileStoredTwiceUnderTheSameName() {
        store.storeDocument("8d247914_details.csv", "text/csv", new byte[] {1});

        DocumentRef ref = store.storeDocument("8d247914_details.csv", "text/csv", new byte[] {2});

        assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket).key(ref.key())).asByteArray()).containsExactly(2);
        assertThat(s3.listObjectsV2(l -> l.bucket(bucket).prefix("unzipped/")).keyCount()).isEqualTo(1);
    }

    @Test
    void reportsAStoreIntoAMissingBucketAsAPermanentDependencyFailure() {
        var storeWithoutBucket = new S3DocumentStore(s3, bucket + "-missing");

        assertThatThrownBy(() -> storeWithoutBucket.storeDocument("a.png", "image/png", new byte[] {1}))
                .isInstanceOf(DependencyException.class)
                .hasMessageStartingWith("s3: PutObject failed: NoSuchBucket (HTTP 404")
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
    }

    @Test
    void purgeDeletesThePackageAndTheListedDocumentsAndNothingWithASimilarKey() {
        String id = "a2000001";
        List<DocumentRef> documents = List.of(new DocumentRef("unzipped/a2000001_selfie.png"),
                new DocumentRef("unzipped/a2000001_details.csv"));
        upload("zipped/a2000001.zip", new byte[] {1});
        documents.forEach(document -> upload(document.key(), new byte[] {2}));
        List<String> neighbours = List.of("zipped/a2000001.zip.old", "zipped/a20000012.zip",
                "unzipped/a2000001_selfie.png2", "unzipped/a2000001_license.jpeg");
        neighbours.forEach(key -> upload(key, new byte[] {3}));

        store.purge(ApplicationId.of(id), documents);

        assertThat(keys()).containsExactlyInAnyOrderElementsOf(neighbours);
    }

    @Test
    void purgeDeletesEveryVersionAndDeleteMarkerInAVersionedBucket() {
        s3.putBucketVersioning(v -> v.bucket(bucket).versioningConfiguration(c -> c
                .status(BucketVersioningStatus.ENABLED)));
        DocumentRef selfie = new DocumentRef("unzipped/a2000002_selfie.png");
        upload("zipped/a2000002.zip", new byte[] {1});
        upload("zipped/a2000002.zip", new byte[] {2});
        upload(selfie.key(), new byte[] {3});
        s3.deleteObject(d -> d.bucket(bucket).key(selfie.key()));
        upload(selfie.key(), new byte[] {4});
        upload("zipped/a2000003.zip", new byte[] {5});
        upload("zipped/a2000003.zip", new byte[] {6});
        ListObjectVersionsResponse before = s3.listObjectVersions(l -> l.bucket(bucket));

        store.purge(ApplicationId.of("a2000002"), List.of(selfie));

        ListObjectVersionsResponse after = s3.listObjectVersions(l -> l.bucket(bucket));
        assertThat(before.versions()).hasSize(6);
        assertThat(before.deleteMarkers()).hasSize(1);
        assertThat(after.versions()).extracting(software.amazon.awssdk.services.s3.model.ObjectVersion::key)
                .containsExactly("zipped/a2000003.zip", "zipped/a2000003.zip");
        assertThat(after.deleteMarkers()).isEmpty();
    }

    @Test
    void purgingWhatIsAlreadyGoneIsNotAnError() {
        upload("zipped/a2000004.zip", new byte[] {1});
        List<DocumentRef> neverStored = List.of(new DocumentRef("unzipped/a2000004_selfie.png"));
        store.purge(ApplicationId.of("a2000004"), neverStored);

        store.purge(ApplicationId.of("a2000004"), neverStored);

        assertThat(keys()).isEmpty();
    }

    @Test
    void reportsAPurgeInAMissingBucketAsAPermanentDependencyFailure() {
        var storeWithoutBucket = new S3DocumentStore(s3, bucket + "-missing");

        assertThatThrownBy(() -> storeWithoutBucket.purge(ApplicationId.of("a2000005"), List.of()))
                .isInstanceOf(DependencyException.class)
                .hasMessageStartingWith("s3: ListObjectVersions failed: NoSuchBucket (HTTP 404")
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
    }

    private List<String> keys() {
        return s3.listObjectsV2(l -> l.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }

    private String upload(String key, byte[] content) {
        return s3.putObject(p -> p.bucket(bucket).key(key).contentType("application/zip"),
                RequestBody.fromBytes(content)).eTag();
    }

    /** S3 event notifications carry the ETag without the quotes that S3's headers put around it. */
    private static String eventStyle(String eTag) {
        return eTag.replace("\"", "");
    }

    private Throwable catchOpen(PackageRef ref) {
        try (InputStream in = store.openPackage(ref)) {
            return new AssertionError("opened " + ref.key() + " (" + in.available() + " bytes available)");
        } catch (RuntimeException | IOException e) {
            return e;
        }
    }
}
