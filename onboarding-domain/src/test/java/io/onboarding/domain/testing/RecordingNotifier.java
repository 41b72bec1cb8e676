package io.onboarding.domain.testing;

import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every notification it is given; can be told to fail. */
public final class RecordingNotifier implements Notifier {
    private final List<Notification> sent = new CopyOnWriteArrayList<>();
    private final List<String> ids = new CopyOnWriteArrayList<>();
    private volatile boolean dieAfterSending;
    private final Scripted<Boolean> failures = new Scripted<>(() -> true);

    /** Every call from now on throws {@code failure}. */
    public RecordingNotifier failingWith(RuntimeException failure) {
        failures.always(() -> {
            throw failure;
        });
        return this;
    }

    public RecordingNotifier failingOnceWith(RuntimeException failure) {
        failures.thenOnce(() -> {
            throw failure;
        });
        return this;
    }

    /**
     * The next call throws {@link ProcessDied}, an {@code Error} that no use case catches: the state it leaves in
     * the store is what a process killed while notifying leaves.
     */
    public RecordingNotifier dyingOnce() {
        failures.thenOnce(() -> {
            throw new ProcessDied();
        });
        return this;
    }

    /** The next call sends, then throws {@link ProcessDied}: a process killed before it recorded the sending. */
    public RecordingNotifier dyingAfterSendingOnce() {
        dieAfterSending = true;
        return this;
    }

    /** Stands for the death of the process (kill -9, a Lambda timeout) in the middle of a call. */
    public static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;

        ProcessDied() {
            super("the process died here", null, false, false);
        }
    }

    @Override
    public void notify(Notification notification, String notificationId) {
        failures.next();
        sent.add(notification);
        ids.add(notificationId);
        if (dieAfterSending) {
            dieAfterSending = false;
            throw new ProcessDied();
        }
    }

    /** The id each notification was sent with, in order. */
    public List<String> ids() {
        return List.copyOf(ids);
    }

    public List<Notification> sent() {
        return List.copyOf(sent);
    }

    public List<Notification.Kind> kinds() {
        return sent.stream().map(Notification::kind).toList();
    }
}
