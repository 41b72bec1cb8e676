package io.onboarding.domain.port;

/** Tells the bank about an application that failed a check or could not be processed. Delivery is at least once. */
public interface Notifier {
    void notify(Notification notification);
}
