package io.onboarding.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.adapters.aws.s3.UploadLinks.UploadLink;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.testing.TestApplications;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Presigned uploads into S3Proxy by plain HTTP, as the bank's client sends them. S3Proxy checks presigned query
 * signatures, the signed headers (so the length and content type) and the expiry the way S3 does.
 */
class UploadLinksIT {
    private static final ApplicationId ID = ApplicationId.of("b3000001");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static AwsClientFactory clients;

    private final S3Client s3 = LocalAws.s3();
    private String bucket;
    private UploadLinks links;

    @BeforeAll
    static void presigner() {
        clients = AwsClientFactory.create(LocalAws.settings(LocalAws.s3Endpoint()));
    }

    @AfterAll
    static void closePresigner() {
        clients.close();
    }

    @BeforeEach
    void newBucket() {
        bucket = LocalAws.createBucket();
        links = new UploadLinks(clients.s3Presigner(), bucket, Duration.ofMinutes(5));
    }

    @Test
    void aPutWithTheLinksHeadersStoresThePackageUnderItsKey() throws Exception {
        byte[] zip = TestApplications.samplePackage(TestApplications.SAMPLE_APPROVED);
        Instant before = Instant.now();

        UploadLink link = links.forPackage(ID, zip.length);
        int status = put(link.url(), link.headers(), zip);

        assertThat(status).isEqualTo(200);
        assertThat(link.method()).isEqualTo("PUT");
        assertThat(link.url().getPath()).isEqualTo("/" + bucket + "/zipped/b3000001.zip");
        assertThat(link.url().getQuery()).contains("X-Amz-SignedHeaders=content-length;content-type;host");
        assertThat(link.headers()).containsEntry("Content-Type", "application/zip")
                .containsEntry("Content-Length", Integer.toString(zip.length));
        assertThat(link.expiresAt()).isBetween(before.plus(Duration.ofMinutes(4)), Instant.now().plusSeconds(301));
        assertThat(s3.getObjectAsBytes(g -> g.bucket(bucket).key("zipped/b3000001.zip")).asByteArray())
                .isEqualTo(zip);
        assertThat(s3.headObject(h -> h.bucket(bucket).key("zipped/b3000001.zip")).contentType())
                .isEqualTo("application/zip");
    }

    @Test
    void refusesABodyOfAnotherLength() throws Exception {
        UploadLink link = links.forPackage(ID, 100);

        int longer = put(link.url(), link.headers(), new byte[101]);
        int shorter = put(link.url(), link.headers(), new byte[99]);

        assertThat(longer).isEqualTo(403);
        assertThat(shorter).isEqualTo(403);
        assertThat(s3.listObjectsV2(l -> l.bucket(bucket)).keyCount()).isZero();
    }

    @Test
    void refusesAnotherContentType() throws Exception {
        UploadLink link = links.forPackage(ID, 3);
        var headers = new HashMap<>(link.headers());
        headers.put("Content-Type", "text/html");

        int status = put(link.url(), headers, new byte[3]);

        assertThat(status).isEqualTo(403);
    }

    @Test
    void writesNoOtherKey() throws Exception {
        UploadLink link = links.forPackage(ID, 3);
        URI otherKey = URI.create(link.url().toString().replace("/zipped/b3000001.zip", "/zipped/b3000002.zip"));
        URI otherPrefix = URI.create(link.url().toString().replace("/zipped/b3000001.zip", "/unzipped/b3000001.zip"));

        int status = put(otherKey, link.headers(), new byte[3]);
        int prefixStatus = put(otherPrefix, link.headers(), new byte[3]);

        assertThat(status).isEqualTo(403);
        assertThat(prefixStatus).isEqualTo(403);
        assertThat(s3.listObjectsV2(l -> l.bucket(bucket)).keyCount()).isZero();
    }

    @Test
    void refusesAnExpiredLink() throws Exception {
        var shortLived = new UploadLinks(clients.s3Presigner(), bucket, Duration.ofSeconds(1));
        UploadLink link = shortLived.forPackage(ID, 3);
        Thread.sleep(2_100);

        int status = put(link.url(), link.headers(), new byte[3]);

        assertThat(status).isEqualTo(403);
    }

    /** The JDK client refuses to be told Content-Length: it sends the body's length, which is what S3 checks. */
    private static Map<String, String> withoutLength(Map<String, String> headers) {
        var copy = new HashMap<>(headers);
        copy.remove("Content-Length");
        return copy;
    }

    private static int put(URI url, Map<String, String> headers, byte[] body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        withoutLength(headers).forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
