package io.onboarding.lambdas.metrics;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link OnboardingMetrics} writing into memory at a fixed instant, with a clock that advances
 * {@value #TICK_MILLIS} ms each time it is read; its lines come back parsed, each checked to be valid EMF first.
 */
public final class RecordedMetrics {
    public static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    public static final long TICK_MILLIS = 7;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong nanos = new AtomicLong();
    private final OnboardingMetrics metrics = new OnboardingMetrics(
            new EmbeddedMetrics(new PrintStream(bytes, true, UTF_8), Clock.fixed(NOW, ZoneOffset.UTC)),
            () -> nanos.getAndAdd(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS)));

    public OnboardingMetrics metrics() {
        return metrics;
    }

    /** The raw lines written so far. */
    public List<String> text() {
        return bytes.toString(UTF_8).lines().toList();
    }

    /**
     * Every line written so far, parsed.
     *
     * @throws AssertionError when a line is not a valid EMF document
     */
    public List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text()) {
            JsonNode document;
            try {
                document = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + line, e);
            }
            List<String> violations = EmfDocuments.violations(document);
            if (!violations.isEmpty()) {
                throw new AssertionError("not valid EMF " + violations + ": " + line);
            }
            lines.add(document);
        }
        return lines;
    }

    /** The values of {@code dimension} of every measurement of {@code metric}, in order. */
    public List<String> values(String metric, String dimension) {
        return lines().stream().filter(line -> line.has(metric)).map(line -> line.path(dimension).asText())
                .toList();
    }
}
