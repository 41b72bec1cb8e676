package io.onboarding.adapters.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.adapters.aws.s3.ObjectVersion.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

class ObjectVersionTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            // an S3 event's eTag (no quotes), and the same ETag as S3 headers write it
            "d41d8cd98f00b204e9800998ecf8427e        | ETAG       | \"d41d8cd98f00b204e9800998ecf8427e\"",
            "\"d41d8cd98f00b204e9800998ecf8427e\"    | ETAG       | \"d41d8cd98f00b204e9800998ecf8427e\"",
            // multipart upload
            "9b2cf535f27731c974343645a3985328-12     | ETAG       | \"9b2cf535f27731c974343645a3985328-12\"",
            // version ids are opaque
            "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo | VERSION_ID | 3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo",
            "null                                    | VERSION_ID | null",
            "UIORUnfndfiufdisojhr398493jfdkjFJjkndnq | VERSION_ID | UIORUnfndfiufdisojhr398493jfdkjFJjkndnq",
            // S3 writes ETags in lower case; 32 upper-case hex digits are taken as a version id
            "D41D8CD98F00B204E9800998ECF8427E        | VERSION_ID | D41D8CD98F00B204E9800998ECF8427E",
            "\"d41d8cd98f00b204e9800998ecf8427e      | VERSION_ID | \"d41d8cd98f00b204e9800998ecf8427e"})
    void tellsETagsFromVersionIds(String sourceVersion, Kind kind, String value) {

        ObjectVersion version = ObjectVersion.of(sourceVersion);

        assertThat(version.kind()).isEqualTo(kind);
        assertThat(version.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> If-Match {1}, versionId {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "none", value = {
            "d41d8cd98f00b204e9800998ecf8427e | \"d41d8cd98f00b204e9800998ecf8427e\" | none",
            "3HL4kqtJlcpXroDTDmJ              | none                               | 3HL4kqtJlcpXroDTDmJ"})
    void setsEitherIfMatchOrVersionIdNeverBoth(String sourceVersion, String ifMatch, String versionId) {
        ObjectVersion version = ObjectVersion.of(sourceVersion);

        GetObjectRequest request = version.applyTo(GetObjectRequest.builder().bucket("b").key("k")).build();

        assertThat(request.ifMatch()).isEqualTo(ifMatch);
        assertThat(request.versionId()).isEqualTo(versionId);
    }
}
