package io.onboarding.adapters.local.ocr;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.UnsupportedDocument;
import io.onboarding.domain.port.IdDocumentReader;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * A deliberate violation for {@code ArchitectureTest}: a reader other modules can call that creates its Tesseract
 * engine itself, one per call and shared by nobody's pool. Test sources only.
 */
public final class UnpooledReaderViolation implements IdDocumentReader {
    @Override
    public IdExtraction read(DocumentRef idDocument) {
        try (TessBaseAPI api = new TessBaseAPI()) {
            api.End();
            return new UnsupportedDocument("UNPOOLED");
        }
    }
}
