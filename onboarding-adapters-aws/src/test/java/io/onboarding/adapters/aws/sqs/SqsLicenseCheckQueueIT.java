package io.onboarding.adapters.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.LicenseCheckRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/** Against ElasticMQ on loopback. */
class SqsLicenseCheckQueueIT {
    private static final LicenseCheckRequest SAMPLE =
            new LicenseCheckRequest("S123456579010", true, ApplicationId.of("8d247914"));

    private final SqsClient sqs = LocalAws.sqs();

    @Test
    void sendsExactlyTheOriginalSystemsMessageBody() {
        String queueUrl = LocalAws.createQueue();
        var queue = new SqsLicenseCheckQueue(sqs, queueUrl, new ObjectMapper());

        queue.enqueue(SAMPLE);

        assertThat(receiveAll(queueUrl)).extracting(Message::body).containsExactly(
                "{\"driver_license_id\":\"S123456579010\",\"validation_override\":true,\"uuid\":\"8d247914\"}");
    }

    @Test
    void keepsTheBodyCompactWhateverTheMapperIndents() {
        String queueUrl = LocalAws.createQueue();
        var indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        var queue = new SqsLicenseCheckQueue(sqs, queueUrl, indenting);

        queue.enqueue(SAMPLE);

        assertThat(receiveAll(queueUrl)).extracting(Message::body)
                .containsExactly(LicenseCheckMessages.format(SAMPLE));
    }

    @Test
    void sendsAMessageTheConsumerParsesBackToTheSameRequest() {
        String queueUrl = LocalAws.createQueue();
        var queue = new SqsLicenseCheckQueue(sqs, queueUrl, new ObjectMapper());

        queue.enqueue(SAMPLE);

        assertThat(receiveAll(queueUrl)).extracting(message -> LicenseCheckMessages.parse(message.body()))
                .containsExactly(new LicenseCheckMessage(SAMPLE, Optional.empty()));
    }

    @Test
    void addsTheTaskTokenOfTheWaitingExecution() {
        String queueUrl = LocalAws.createQueue();
        var queue = new SqsLicenseCheckQueue(sqs, queueUrl, new ObjectMapper());

        queue.withTaskToken("token-2").enqueue(SAMPLE);
        queue.enqueue(SAMPLE);

        assertThat(receiveAll(queueUrl)).extracting(message -> LicenseCheckMessages.parse(message.body()))
                .containsExactlyInAnyOrder(new LicenseCheckMessage(SAMPLE, Optional.of("token-2")),
                        new LicenseCheckMessage(SAMPLE, Optional.empty()));
    }

    @Test
    void reportsAMissingQueueAsAPermanentDependencyFailure() {
        String queueUrl = LocalAws.createQueue();
        sqs.deleteQueue(delete -> delete.queueUrl(queueUrl));
        var queue = new SqsLicenseCheckQueue(sqs, queueUrl, new ObjectMapper());

        assertThatThrownBy(() -> queue.enqueue(SAMPLE))
                .isInstanceOf(DependencyException.class)
                .hasMessageStartingWith("sqs: SendMessage failed: QueueDoesNotExist (HTTP 400")
                .hasCauseInstanceOf(QueueDoesNotExistException.class)
                .hasMessageNotContaining("S123456579010")
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
    }

    private List<Message> receiveAll(String queueUrl) {
        return sqs.receiveMessage(receive -> receive.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages();
    }
}
