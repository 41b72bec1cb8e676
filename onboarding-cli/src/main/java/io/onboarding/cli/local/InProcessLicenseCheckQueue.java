package io.onboarding.cli.local;

import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link LicenseCheckQueue} inside the CLI process: holds the queued checks until the caller takes them and submits
 * them, right after the package that queued them. One queue per worker thread; not shared.
 */
public final class InProcessLicenseCheckQueue implements LicenseCheckQueue {
    private final List<LicenseCheckRequest> queued = new ArrayList<>();

    @Override
    public synchronized void enqueue(LicenseCheckRequest request) {
        queued.add(Objects.requireNonNull(request, "request"));
    }

    /** The checks queued since the last call, oldest first; the queue is empty afterwards. */
    public synchronized List<LicenseCheckRequest> drain() {
        List<LicenseCheckRequest> taken = List.copyOf(queued);
        queued.clear();
        return taken;
    }
}
