package io.onboarding.adapters.aws.sns;

import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * {@link Notifier} that publishes to the bank's Amazon SNS topic. Each message carries the application id and
 * reason codes only, plus {@code event_type}, {@code app_uuid} and {@code reason_codes} attributes for filtering.
 */
public final class SnsNotifier implements Notifier {
    static final String DEPENDENCY = "sns";

    private final SnsClient sns;
    private final String topicArn;

    public SnsNotifier(SnsClient sns, String topicArn) {
        this.sns = Objects.requireNonNull(sns, "sns");
        this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
        if (!topicArn.startsWith("arn:")) {
            throw new IllegalArgumentException("topic ARN must start with 'arn:'");
        }
    }

    @Override
    public void notify(Notification notification, String notificationId) {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(notificationId, "notificationId");
        try {
            sns.publish(NotificationMessage.toPublishRequest(topicArn, notification, notificationId));
        } catch (SdkException failure) {
            throw AwsFailures.translate(DEPENDENCY, "Publish for application " + notification.applicationId(),
                    failure);
        }
    }
}
