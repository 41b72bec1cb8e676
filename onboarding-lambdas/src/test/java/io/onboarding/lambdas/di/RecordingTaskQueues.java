package io.onboarding.lambdas.di;

import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.lambdas.workflow.LicenseChecksForTask;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The licence-check queue of the fakes for workflow tasks: each check goes to the fakes' recording queue (so its
 * failures apply) and is kept here with the task token it carried.
 */
public final class RecordingTaskQueues implements LicenseChecksForTask {
    /** One queued check and the token it carried. */
    public record Queued(LicenseCheckRequest request, String taskToken) {
    }

    private final LicenseCheckQueue delegate;
    private final List<Queued> queued = new CopyOnWriteArrayList<>();

    RecordingTaskQueues(LicenseCheckQueue delegate) {
        this.delegate = delegate;
    }

    @Override
    public LicenseCheckQueue carrying(String taskToken) {
        return request -> {
            delegate.enqueue(request);
            queued.add(new Queued(request, taskToken));
        };
    }

    public List<Queued> queued() {
        return List.copyOf(queued);
    }
}
