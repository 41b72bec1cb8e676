package io.onboarding.domain.testing;

import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every notification it is given; can be told to fail. */
public final class RecordingNotifier implements Notifier {
    private final List<Notification> sent = new CopyOnWriteArrayList<>();
    private final Scripted<Boolean> failures = new Scripted<>(() -> true);

    public RecordingNotifier failingOnceWith(RuntimeException failure) {
        failures.thenOnce(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public void notify(Notification notification) {
        failures.next();
        sent.add(notification);
    }

    public List<Notification> sent() {
        return List.copyOf(sent);
    }

    public List<Notification.Kind> kinds() {
        return sent.stream().map(Notification::kind).toList();
    }
}
