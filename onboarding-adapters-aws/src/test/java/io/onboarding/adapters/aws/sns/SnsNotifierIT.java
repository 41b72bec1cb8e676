package io.onboarding.adapters.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.fauxqs.Fauxqs;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.Notification;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Publishes through fauxqs (an SNS/SQS emulator) to an SQS subscription and reads what a subscriber receives. */
class SnsNotifierIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApplicationId APP = ApplicationId.of("8d247914");
    private static final String ID = "8d247914.notify_face_match_failed.0123456789abcdef";

    private static SnsClient sns;
    private static SqsClient sqs;
    private String topicArn;
    private String queueUrl;

    @BeforeAll
    static void connect() {
        Fauxqs fauxqs = Fauxqs.shared();
        sns = fauxqs.sns();
        sqs = fauxqs.sqs();
    }

    @AfterAll
    static void disconnect() {
        sns.close();
        sqs.close();
    }

    @BeforeEach
    void subscribeAQueue() {
        String name = "onboarding-" + UUID.randomUUID();
        topicArn = sns.createTopic(r -> r.name(name)).topicArn();
        queueUrl = sqs.createQueue(r -> r.queueName(name)).queueUrl();
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        sns.subscribe(r -> r.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
    }

    @Test
    void deliversSubjectMessageAndAttributesToSubscribers() throws IOException {
        SnsNotifier notifier = new SnsNotifier(sns, topicArn);

        notifier.notify(new Notification(APP, Notification.Kind.FACE_MATCH_FAILED,
                List.of(DecisionReason.FACE_MISMATCH.name())), ID);

        JsonNode envelope = JSON.readTree(receiveOne().body());
        assertThat(envelope.get("Type").asText()).isEqualTo("Notification");
        assertThat(envelope.get("TopicArn").asText()).isEqualTo(topicArn);
        assertThat(envelope.get("Subject").asText()).isEqualTo("Face Match Fails");
        assertThat(envelope.get("Message").asText()).isEqualTo("""
                No matches between selfie and license
                Application: 8d247914
                Reasons: FACE_MISMATCH
                """);
        JsonNode attributes = envelope.get("MessageAttributes");
        assertThat(attributes.at("/event_type/Type").asText()).isEqualTo("String");
        assertThat(attributes.at("/event_type/Value").asText()).isEqualTo("FACE_MATCH_FAILED");
        assertThat(attributes.at("/app_uuid/Type").asText()).isEqualTo("String");
        assertThat(attributes.at("/app_uuid/Value").asText()).isEqualTo("8d247914");
        assertThat(attributes.at("/reason_codes/Type").asText()).isEqualTo("String.Array");
        assertThat(JSON.readTree(attributes.at("/reason_codes/Value").asText()))
                .isEqualTo(JSON.createArrayNode().add("FACE_MISMATCH"));
        assertThat(attributes.at("/notification_id/Type").asText()).isEqualTo("String");
        assertThat(attributes.at("/notification_id/Value").asText()).isEqualTo(ID);
    }

    // a Notification holds an id and upper-case codes only; what must not happen is the adapter adding anything
    @ParameterizedTest
    @EnumSource(Notification.Kind.class)
    void deliversNothingButTheSubjectTheMessageAndTheFourAttributesForAnyKind(Notification.Kind kind)
            throws IOException {
        SnsNotifier notifier = new SnsNotifier(sns, topicArn);
        List<String> codes = List.of(DecisionReason.DETAILS_MISMATCH.name(), IdField.FIRST_NAME.name(),
                IdField.LAST_NAME.name(), IdField.DATE_OF_BIRTH.name(), IdField.ADDRESS.name(),
                IdField.DOCUMENT_NUMBER.name(), IdField.ZIP_CODE_IN_ADDRESS.name(), IdField.CITY_IN_ADDRESS.name());
        Notification notification = new Notification(APP, kind, codes);

        notifier.notify(notification, ID);

        JsonNode envelope = JSON.readTree(receiveOne().body());
        assertThat(envelope.get("Subject").asText()).isEqualTo(kind.subject());
        assertThat(envelope.get("Message").asText())
                .isEqualTo(NotificationMessage.toPublishRequest(topicArn, notification, ID).message())
                .isEqualTo(kind.summary() + "\nApplication: 8d247914\nReasons: " + String.join(", ", codes) + "\n");
        List<String> attributes = new java.util.ArrayList<>();
        envelope.get("MessageAttributes").fieldNames().forEachRemaining(attributes::add);
        assertThat(attributes).containsExactlyInAnyOrder("event_type", "app_uuid", "reason_codes", "notification_id");
    }

    @Test
    void reportsAMissingTopicAsAPermanentFailure() {
        SnsNotifier notifier = new SnsNotifier(sns, "arn:aws:sns:us-east-1:000000000000:no-such-topic");

        DependencyException failure = catchThrowableOfType(DependencyException.class, () -> notifier.notify(
                new Notification(APP, Notification.Kind.PROCESSING_FAILED, List.of()), ID));

        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure.dependency()).isEqualTo("sns");
        assertThat(failure).hasMessageContaining("Publish for application 8d247914 failed: NotFound");
    }

    private Message receiveOne() {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(5)).messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
