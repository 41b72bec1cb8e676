package io.onboarding.adapters.local.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.Notification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesNotifierTest {
    @TempDir
    Path work;

    @Test
    void recordsEachNotificationAsOneJsonLine() throws Exception {
        var notifier = new JsonLinesNotifier(work, Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC));
        var notification = new Notification(ApplicationId.of("7a135804"), Notification.Kind.DETAILS_MATCH_FAILED,
                List.of("DETAILS_MISMATCH", "LAST_NAME_MISMATCH"));

        notifier.notify(notification, "7a135804.notify_details_match_failed.0123456789abcdef");
        notifier.notify(notification, "7a135804.notify_details_match_failed.0123456789abcdef");

        assertThat(Files.readAllLines(work.resolve("notifications.jsonl"))).hasSize(2).first().isEqualTo(
                "{\"at\":\"2026-06-01T09:00:00Z\","
                        + "\"notificationId\":\"7a135804.notify_details_match_failed.0123456789abcdef\","
                        + "\"appUuid\":\"7a135804\",\"kind\":\"DETAILS_MATCH_FAILED\","
                        + "\"subject\":\"Customer ID Info Match Fails\","
                        + "\"reasonCodes\":[\"DETAILS_MISMATCH\",\"LAST_NAME_MISMATCH\"]}");
    }

    @Test
    void aLineTornByAKilledProcessDoesNotSwallowTheNextOne() throws Exception {
        Path file = work.resolve("notifications.jsonl");
        Files.writeString(file, "{\"at\":\"2026-06-01T08:59:59Z\",\"notificationId\":\"7a1");
        var notifier = new JsonLinesNotifier(work, Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC));

        notifier.notify(new Notification(ApplicationId.of("7a135804"), Notification.Kind.PROCESSING_FAILED,
                List.of()), "7a135804.notify_processing_failed.0123456789abcdef");

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("notificationId").asText())
                .isEqualTo("7a135804.notify_processing_failed.0123456789abcdef");
    }
}
