package io.onboarding.adapters.aws.sns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.port.Notification;
import java.io.UncheckedIOException;
import java.util.Map;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Builds the SNS Publish request for a {@link Notification}. Subject and first line are the original system's
 * e-mail texts; the rest is the application id and reason codes only, so no personal data can reach subscribers.
 * Message attributes let subscriptions filter on the kind, the application and the reasons, and give the
 * notification's stable id ({@code notification_id}), the same on every attempt to send it, so that a receiver can
 * drop a repeat (SNS standard topics deliver at least once, and so do we).
 */
final class NotificationMessage {
    static final String EVENT_TYPE = "event_type";
    static final String APP_UUID = "app_uuid";
    static final String REASON_CODES = "reason_codes";
    static final String NOTIFICATION_ID = "notification_id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private NotificationMessage() {
    }

    static PublishRequest toPublishRequest(String topicArn, Notification notification, String notificationId) {
        return PublishRequest.builder()
                .topicArn(topicArn)
                .subject(notification.kind().subject())
                .message(text(notification))
                .messageAttributes(Map.of(
                        EVENT_TYPE, string(notification.kind().name()),
                        APP_UUID, string(notification.applicationId().value()),
                        NOTIFICATION_ID, string(notificationId),
                        REASON_CODES, MessageAttributeValue.builder()
                                .dataType("String.Array")
                                .stringValue(jsonArray(notification))
                                .build()))
                .build();
    }

    static String text(Notification notification) {
        String reasons = notification.reasonCodes().isEmpty() ? "none" : String.join(", ", notification.reasonCodes());
        return notification.kind().summary() + "\n"
                + "Application: " + notification.applicationId().value() + "\n"
                + "Reasons: " + reasons + "\n";
    }

    private static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    private static String jsonArray(Notification notification) {
        try {
            return JSON.writeValueAsString(notification.reasonCodes());
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
