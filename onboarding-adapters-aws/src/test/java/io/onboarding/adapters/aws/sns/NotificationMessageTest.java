package io.onboarding.adapters.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

class NotificationMessageTest {
    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:onboarding";
    private static final ApplicationId APP = ApplicationId.of("8d247914");
    private static final String ID = "8d247914.notify_face_match_failed.0123456789abcdef";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FACE_MATCH_FAILED         | Face Match Fails",
            "DETAILS_MATCH_FAILED      | Customer ID Info Match Fails",
            "LICENSE_VALIDATION_FAILED | Customer's License Validation Fails"})
    void keepsTheOriginalSystemsSubjects(Notification.Kind kind, String subject) {
        Notification notification = new Notification(APP, kind, List.of());

        PublishRequest request = NotificationMessage.toPublishRequest(TOPIC, notification, ID);

        assertThat(request.subject()).isEqualTo(subject);
        assertThat(request.topicArn()).isEqualTo(TOPIC);
    }

    @Test
    void writesTheSummaryTheApplicationAndTheReasonsOnly() {
        Notification notification = new Notification(APP, Notification.Kind.DETAILS_MATCH_FAILED,
                List.of("LAST_NAME", "DATE_OF_BIRTH"));

        PublishRequest request = NotificationMessage.toPublishRequest(TOPIC, notification, ID);

        assertThat(request.message()).isEqualTo("""
                No matches between Customer ID and Submitted Customer Info
                Application: 8d247914
                Reasons: LAST_NAME, DATE_OF_BIRTH
                """);
    }

    @Test
    void saysNoneWhenThereAreNoReasons() {
        Notification notification = new Notification(APP, Notification.Kind.PROCESSING_FAILED, List.of());

        PublishRequest request = NotificationMessage.toPublishRequest(TOPIC, notification, ID);

        assertThat(request.message()).endsWith("Reasons: none\n");
        assertThat(request.messageAttributes().get("reason_codes").stringValue()).isEqualTo("[]");
    }

    @Test
    void addsFilterableAttributes() {
        Notification notification = new Notification(APP, Notification.Kind.FACE_MATCH_FAILED,
                List.of("FACE_MISMATCH", "NO_FACE_IN_SELFIE"));

        PublishRequest request = NotificationMessage.toPublishRequest(TOPIC, notification, ID);

        assertThat(request.messageAttributes()).containsOnlyKeys("event_type", "app_uuid", "reason_codes",
                "notification_id");
        assertThat(request.messageAttributes().get("notification_id")).isEqualTo(string(ID));
        assertThat(request.messageAttributes().get("event_type")).isEqualTo(string("FACE_MATCH_FAILED"));
        assertThat(request.messageAttributes().get("app_uuid")).isEqualTo(string("8d247914"));
        assertThat(request.messageAttributes().get("reason_codes")).isEqualTo(MessageAttributeValue.builder()
                .dataType("String.Array").stringValue("[\"FACE_MISMATCH\",\"NO_FACE_IN_SELFIE\"]").build());
    }

    @ParameterizedTest
    @EnumSource(Notification.Kind.class)
    void everySubjectIsOneSnsAcceptsForEmail(Notification.Kind kind) {
        String subject = NotificationMessage.toPublishRequest(TOPIC, new Notification(APP, kind, List.of()), ID)
                .subject();

        // SNS: ASCII, starting with a letter, number or punctuation, no line breaks or control characters, < 100
        assertThat(subject).matches("[\\x21-\\x7E][\\x20-\\x7E]{0,98}");
    }

    private static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
