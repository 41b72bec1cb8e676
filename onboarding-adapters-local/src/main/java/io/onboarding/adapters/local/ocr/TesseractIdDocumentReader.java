package io.onboarding.adapters.local.ocr;

import io.onboarding.adapters.local.pool.NativeFailure;
import io.onboarding.adapters.local.pool.NativePool;
import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.UnsupportedDocument;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.IdDocumentReader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.bytedeco.javacpp.PointerScope;

/**
 * {@link IdDocumentReader} on the local machine: Tesseract 5 OCR (bundled English model) over a US driver's licence
 * laid out after the AAMVA card design, reporting the fields AnalyzeID would (names, address, licence number,
 * dates) with confidences derived from Tesseract's. A development aid: it reads clean, upright card scans, not
 * photos of cards (see {@code docs/offline-engines.md}).
 *
 * <p>An image without the licence anchors (a licence number, dates and their labels) is
 * {@code UnsupportedDocument("NO_LICENCE_LAYOUT")}; bytes that are not an image are
 * {@code UnsupportedDocument("UNREADABLE_IMAGE")}, as AnalyzeID answers them with UnsupportedDocumentException.
 * Other failures of the native engine are a permanent {@link DependencyException}.
 *
 * <p>Thread-safe: Tesseract engines are not, so each call borrows one from a pool that grows to the number of
 * threads calling at once. Engines are created lazily and released by {@link #close()}.
 */
public final class TesseractIdDocumentReader implements IdDocumentReader, AutoCloseable {
    static final String UNREADABLE_IMAGE = "UNREADABLE_IMAGE";

    private final DocumentBytes documents;
    private final NativePool<TesseractEngine> pool;

    public TesseractIdDocumentReader(DocumentBytes documents) {
        this(documents, Tessdata.directory());
    }

    TesseractIdDocumentReader(DocumentBytes documents, Path tessdata) {
        this.documents = Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(tessdata, "tessdata");
        this.pool = new NativePool<>("reader", () -> new TesseractEngine(tessdata));
    }

    @Override
    public IdExtraction read(DocumentRef idDocument) {
        Objects.requireNonNull(idDocument, "idDocument");
        byte[] bytes = documents.read(idDocument);
        TesseractEngine engine = pool.borrow();
        boolean healthy = false;
        try (PointerScope scope = new PointerScope()) {
            Optional<LicenceImage> image = LicenceImage.decode(bytes);
            IdExtraction extraction = image.isEmpty()
                    ? new UnsupportedDocument(UNREADABLE_IMAGE)
                    : image.get().tooNarrowToRead() ? new UnsupportedDocument(LicenceReading.NO_LICENCE_LAYOUT)
                    : new LicenceReading(engine, image.get()).read();
            healthy = true;
            return extraction;
        } catch (RuntimeException e) {
            if (e instanceof DependencyException) {
                throw e;
            }
            // native failures surface as RuntimeException; the message may quote image content, so it is dropped
            throw new DependencyException(TesseractEngine.DEPENDENCY,
                    "reading " + idDocument.key() + " failed: " + NativeFailure.describe(e), null);
        } finally {
            pool.giveBack(engine, healthy);
        }
    }

    /** Releases every engine; those still in use are released when their call ends. */
    @Override
    public void close() {
        pool.close();
    }
}
