package io.onboarding.domain.testing;

import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every licence check it is given, in order; can be told to fail. */
public final class RecordingLicenseCheckQueue implements LicenseCheckQueue {
    private final List<LicenseCheckRequest> queued = new CopyOnWriteArrayList<>();
    private final Scripted<Boolean> failures = new Scripted<>(() -> true);

    /** Every call from now on throws {@code failure}. */
    public RecordingLicenseCheckQueue failingWith(RuntimeException failure) {
        failures.always(() -> {
            throw failure;
        });
        return this;
    }

    public RecordingLicenseCheckQueue failingOnceWith(RuntimeException failure) {
        failures.thenOnce(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public void enqueue(LicenseCheckRequest request) {
        failures.next();
        queued.add(request);
    }

    public List<LicenseCheckRequest> queued() {
        return List.copyOf(queued);
    }
}
