package io.onboarding.domain.port;

/** Hands a licence number to the asynchronous third-party check. Delivery is at least once. */
public interface LicenseCheckQueue {
    void enqueue(LicenseCheckRequest request);
}
