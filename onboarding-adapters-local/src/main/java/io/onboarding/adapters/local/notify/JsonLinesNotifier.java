package io.onboarding.adapters.local.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.Notifier;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link Notifier} for local runs: appends each notification to {@code <work>/notifications.jsonl} (time, stable
 * notification id, application id, kind, subject and reason codes: never personal data, which a
 * {@link Notification} cannot carry). A notification sent again after a killed run has the same
 * {@code notificationId}, so a reader can drop the repeat. The report shows the notifications a run sent from the
 * use cases' results.
 */
public final class JsonLinesNotifier implements Notifier {
    static final String FILE_NAME = "notifications.jsonl";
    private static final Map<Path, Object> FILE_LOCKS = new ConcurrentHashMap<>();

    private final ObjectMapper json = new ObjectMapper();
    private final Path file;
    private final Object fileLock;
    private final Clock clock;

    public JsonLinesNotifier(Path workDir, Clock clock) {
        this.file = Objects.requireNonNull(workDir, "workDir").toAbsolutePath().normalize().resolve(FILE_NAME);
        this.fileLock = FILE_LOCKS.computeIfAbsent(file, path -> new Object());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void notify(Notification notification, String notificationId) {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(notificationId, "notificationId");
        ObjectNode line = json.createObjectNode()
                .put("at", clock.instant().toString())
                .put("notificationId", notificationId)
                .put("appUuid", notification.applicationId().value())
                .put("kind", notification.kind().name())
                .put("subject", notification.kind().subject());
        notification.reasonCodes().forEach(line.putArray("reasonCodes")::add);
        synchronized (fileLock) {
            try {
                byte[] bytes = ((endsInsideALine() ? "\n" : "") + line + "\n").getBytes(StandardCharsets.UTF_8);
                Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new TransientDependencyException("local-notifications", "recording a notification failed", e);
            }
        }
    }

    /**
     * True when the file's last line has no line end: a process was killed while appending it. The next line then
     * starts on a line of its own, so one torn line never swallows a whole one.
     */
    private boolean endsInsideALine() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return false;
            }
            var last = java.nio.ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }
}
