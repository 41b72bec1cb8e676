package io.onboarding.cli.aws;

import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.ANALYZE_ID;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.COMPARE_FACES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.support.AwsSettings;
import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.cli.Fixtures;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/** {@code --engine aws} against a loopback stand-in for AWS: the local files go to the services as bytes. */
class AwsEnginesTest {
    private static final DocumentRef SELFIE = new DocumentRef("unzipped/8d247914_selfie.png");
    private static final DocumentRef LICENCE = new DocumentRef("unzipped/8d247914_license.png");
    private static final DocumentBytes FILES = ref -> ref.equals(SELFIE) ? new byte[] {1, 2, 3} : new byte[] {4, 5};

    private RecordedAwsServer aws;
    private AwsEngines engines;

    @BeforeEach
    void start() {
        aws = RecordedAwsServer.start();
        engines = new AwsEngines(AwsClientFactory.create(AwsSettings.of(Region.US_EAST_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .withEndpointOverride(aws.endpoint())));
    }

    @AfterEach
    void stop() {
        engines.close();
        aws.close();
    }

    @Test
    void comparesTheLocalImagesSentAsBytes() {
        aws.on(COMPARE_FACES, Reply.fixture(Fixtures.FACES_MATCH));

        var fact = engines.faceComparator(FILES).compare(SELFIE, LICENCE, 80);

        assertThat(fact).isEqualTo(new FacesCompared(99.40717f, 2));
        var request = aws.calls(COMPARE_FACES).get(0).json();
        assertThat(request.get("SourceImage").get("Bytes").asText()).isEqualTo("AQID");
        assertThat(request.get("TargetImage").get("Bytes").asText()).isEqualTo("BAU=");
    }

    @Test
    void readsTheLocalLicenceSentAsBytes() {
        aws.on(ANALYZE_ID, Reply.fixture(Fixtures.SAMPLE_LICENCE));

        var fact = (ExtractedIdDocument) engines.idDocumentReader(FILES).read(LICENCE);

        assertThat(fact.field(IdField.LAST_NAME).orElseThrow().text()).isEqualTo("SAMPLE");
        assertThat(aws.calls(ANALYZE_ID).get(0).json().get("DocumentPages").get(0).get("Bytes").asText())
                .isEqualTo("BAU=");
    }

    @Test
    void refusesToStartWithoutCredentialsSoNoPackageIsTriedInVain() {
        assertThatThrownBy(() -> AwsEngines.connect(Optional.of("us-east-1"), () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        })).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no AWS credentials");
    }
}
