package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The use cases' outbound effects, each performed at most once per upload through {@link RecordKeeper#perform}
 * and listed in the caller's {@code performed} only when this call performed it.
 */
final class Outbox {
    /** For steps that never queue a licence check. */
    static final LicenseCheckQueue NO_QUEUE = request -> {
        throw new IllegalStateException("this step queues no licence check");
    };

    private final RecordKeeper records;
    private final Notifier notifier;
    private final LicenseCheckQueue licenseChecks;

    Outbox(RecordKeeper records, Notifier notifier, LicenseCheckQueue licenseChecks) {
        this.records = records;
        this.notifier = notifier;
        this.licenseChecks = licenseChecks;
    }

    ApplicationRecord notify(ApplicationRecord record, Effect effect, Notification.Kind kind, List<String> codes,
                             List<StepResult.Performed> performed) {
        var notification = new Notification(record.id(), kind, codes);
        var historyCodes = new ArrayList<String>();
        historyCodes.add(kind.name());
        historyCodes.addAll(codes);
        return records.perform(record, effect, historyCodes, () -> {
            notifier.notify(notification, effect.idFor(record.id(), record.sourceVersion()));
            performed.add(new StepResult.Notified(effect, notification));
        });
    }

    ApplicationRecord queue(ApplicationRecord record, LicenseCheckRequest request,
                            List<StepResult.Performed> performed) {
        return records.perform(record, Effect.QUEUE_LICENSE_CHECK, List.of(), () -> {
            licenseChecks.enqueue(request);
            performed.add(new StepResult.LicenseCheckQueued(request));
        });
    }
}
