package io.onboarding.cli.timing;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in the ID reader (OCR) and the face comparator, summed over every call and every worker thread. */
public final class EngineTimings {
    private final LongAdder ocrNanos = new LongAdder();
    private final LongAdder ocrCalls = new LongAdder();
    private final LongAdder faceNanos = new LongAdder();
    private final LongAdder faceCalls = new LongAdder();

    void addOcr(long nanos) {
        ocrNanos.add(nanos);
        ocrCalls.increment();
    }

    void addFace(long nanos) {
        faceNanos.add(nanos);
        faceCalls.increment();
    }

    public Duration ocr() {
        return Duration.ofNanos(ocrNanos.sum());
    }

    public long ocrCalls() {
        return ocrCalls.sum();
    }

    public Duration faceComparison() {
        return Duration.ofNanos(faceNanos.sum());
    }

    public long faceCalls() {
        return faceCalls.sum();
    }
}
