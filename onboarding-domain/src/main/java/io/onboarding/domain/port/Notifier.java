package io.onboarding.domain.port;

/**
 * Tells the bank about an application that failed a check, could not be processed or was reviewed. Delivery is at
 * least once: a process that dies after sending but before recording it sends again on the next attempt.
 */
public interface Notifier {
    /**
     * Sends {@code notification}. {@code notificationId} is the same on every attempt to send this notification (it
     * names the application, the upload and the effect, never a value), so a receiver can drop a repeat; adapters
     * pass it on (a message attribute, a field of the line).
     */
    void notify(Notification notification, String notificationId);
}
