package io.onboarding.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentNotFoundException;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S3 answers that S3Proxy cannot produce (it does not implement versioning), from a hand-written {@link S3Client}
 * stub. The error codes and statuses are those the S3 API reference documents for GetObject.
 */
class S3DocumentStoreTest {
    private static final String KEY = "zipped/8d247914.zip";
    private static final String VERSION_ID = "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo";

    @Test
    void readsAVersionIdThroughTheVersionIdParameter() throws IOException {
        var s3 = new StubS3(request -> stream(new ByteArrayInputStream(new byte[] {7})));
        var store = new S3DocumentStore(s3, "documents");

        byte[] read;
        try (InputStream in = store.openPackage(new PackageRef(KEY, VERSION_ID))) {
            read = in.readAllBytes();
        }

        assertThat(read).containsExactly(7);
        assertThat(s3.requests).singleElement().satisfies(request -> {
            assertThat(request.bucket()).isEqualTo("documents");
            assertThat(request.key()).isEqualTo(KEY);
            assertThat(request.versionId()).isEqualTo(VERSION_ID);
            assertThat(request.ifMatch()).isNull();
        });
    }

    @Test
    void reportsAMissingVersionAsNotFound() {
        var store = new S3DocumentStore(new StubS3(request -> {
            throw s3Error(404, "NoSuchVersion");
        }), "documents");

        assertThatThrownBy(() -> store.openPackage(new PackageRef(KEY, VERSION_ID)))
                .isInstanceOf(DocumentNotFoundException.class)
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
    }

    @Test
    void reportsAMalformedVersionIdAsNotFound() {
        var store = new S3DocumentStore(new StubS3(request -> {
            throw s3Error(400, "InvalidArgument");
        }), "documents");

        assertThatThrownBy(() -> store.openPackage(new PackageRef(KEY, "not-a-version")))
                .isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    void reportsAccessDeniedAsAPermanentFailureNotAsAMissingDocument() {
        var store = new S3DocumentStore(new StubS3(request -> {
            throw s3Error(403, "AccessDenied");
        }), "documents");

        assertThatThrownBy(() -> store.openPackage(new PackageRef(KEY, VERSION_ID)))
                .isInstanceOf(DependencyException.class)
                .isNotInstanceOf(DocumentNotFoundException.class)
                .hasMessageStartingWith("s3: GetObject failed: AccessDenied (HTTP 403")
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
    }

    @Test
    void reportsSlowDownAsTransient() {
        var store = new S3DocumentStore(new StubS3(request -> {
            throw s3Error(503, "SlowDown");
        }), "documents");

        assertThatThrownBy(() -> store.openPackage(new PackageRef(KEY, VERSION_ID)))
                .isInstanceOf(TransientDependencyException.class);
    }

    @Test
    void reportsAnSdkFailureWhileStreamingAsTransient() {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw SdkClientException.create("Data read has a different checksum than expected.");
            }
        };
        var store = new S3DocumentStore(new StubS3(request -> stream(failing)), "documents");

        assertThatThrownBy(() -> {
            try (InputStream in = store.openPackage(new PackageRef(KEY, VERSION_ID))) {
                in.readAllBytes();
            }
        }).isInstanceOf(TransientDependencyException.class)
                .hasMessage("s3: reading " + KEY + " failed: SdkClientException");
    }

    @Test
    void refusesADocumentNameWithAFolder() {
        var store = new S3DocumentStore(new StubS3(request -> {
            throw new AssertionError("no call expected");
        }), "documents");

        assertThatThrownBy(() -> store.storeDocument("../zipped/x.zip", "image/png", new byte[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ResponseInputStream<GetObjectResponse> stream(InputStream content) {
        return new ResponseInputStream<>(GetObjectResponse.builder().build(), content);
    }

    private static S3Exception s3Error(int status, String code) {
        return (S3Exception) S3Exception.builder().statusCode(status).requestId("REQ")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("simulated").build())
                .build();
    }

    /** Answers GetObject with {@code answer}; every other operation is unsupported. */
    private static final class StubS3 implements S3Client {
        private final Function<GetObjectRequest, ResponseInputStream<GetObjectResponse>> answer;
        private final List<GetObjectRequest> requests = new ArrayList<>();

        StubS3(Function<GetObjectRequest, ResponseInputStream<GetObjectResponse>> answer) {
            this.answer = answer;
        }

        @Override
        public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
            requests.add(request);
            return answer.apply(request);
        }

        @Override
        public String serviceName() {
            return "s3";
        }

        @Override
        public void close() {
        }
    }
}
