package io.onboarding.adapters.local.ocr;

import org.bytedeco.tesseract.TessBaseAPI;

/**
 * A deliberate violation for {@code ArchitectureTest}: an engine shaped like a pooled one (package-private,
 * closeable) that {@link Creator} makes without a pool. Test sources only.
 */
final class StrayEngineViolation implements AutoCloseable {
    private final TessBaseAPI api = new TessBaseAPI();

    @Override
    public void close() {
        api.close();
    }

    static final class Creator {
        void run() {
            try (var engine = new StrayEngineViolation()) {
                engine.api.End();
            }
        }
    }
}
