package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one call of a use case did: the application's record as stored afterwards, whether the call found its work
 * already done ({@code duplicate}: a redelivery that changed nothing the bank can see), and the effects it performed
 * itself, in order. Effects performed by an earlier call are in the record, not here.
 */
public record StepResult(ApplicationRecord record, boolean duplicate, List<Performed> performed) {
    public StepResult {
        Objects.requireNonNull(record, "record");
        performed = List.copyOf(performed);
        if (duplicate && !performed.isEmpty()) {
            throw new IllegalArgumentException("a duplicate call performs nothing");
        }
    }

    /** An effect a call performed. */
    public sealed interface Performed permits Notified, LicenseCheckQueued {
        Effect effect();
    }

    /** A notification sent to the bank. */
    public record Notified(Effect effect, Notification notification) implements Performed {
        public Notified {
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(notification, "notification");
        }
    }

    /** The licence handed to the licence-check queue. Holds a document number: prints none of it. */
    public record LicenseCheckQueued(LicenseCheckRequest request) implements Performed {
        public LicenseCheckQueued {
            Objects.requireNonNull(request, "request");
        }

        @Override
        public Effect effect() {
            return Effect.QUEUE_LICENSE_CHECK;
        }
    }

    static StepResult duplicate(ApplicationRecord record) {
        return new StepResult(record, true, List.of());
    }

    static StepResult done(ApplicationRecord record, List<Performed> performed) {
        return new StepResult(record, false, performed);
    }

    /** The notifications this call sent, in order. */
    public List<Notification> notifications() {
        return performed.stream().filter(Notified.class::isInstance).map(p -> ((Notified) p).notification())
                .toList();
    }

    /** The licence checks this call queued (none or one). */
    public List<LicenseCheckRequest> licenseChecks() {
        return performed.stream().filter(LicenseCheckQueued.class::isInstance)
                .map(p -> ((LicenseCheckQueued) p).request()).toList();
    }

    /**
     * This result followed by {@code later}: the later record, the effects of both, a duplicate only if both were.
     */
    StepResult then(StepResult later) {
        var all = new ArrayList<Performed>(performed);
        all.addAll(later.performed);
        return new StepResult(later.record, duplicate && later.duplicate, all);
    }
}
