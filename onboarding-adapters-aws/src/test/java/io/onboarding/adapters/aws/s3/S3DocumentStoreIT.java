package io.onboarding.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentNotFoundException;
import io.onboarding.domain.testing.TestApplications;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** Against S3Proxy. S3Proxy does not implement versioning, so version ids are covered by S3DocumentStoreTest. */
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
