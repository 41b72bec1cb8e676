package io.onboarding.cli.ocr;

import io.onboarding.cli.local.DocumentBytes;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.UnsupportedDocument;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.IdDocumentReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
    private final Path tessdata;
    private final Deque<TesseractEngine> idle = new ArrayDeque<>();
    private boolean closed;

    public TesseractIdDocumentReader(DocumentBytes documents) {
        this(documents, Tessdata.directory());
    }

    TesseractIdDocumentReader(DocumentBytes documents, Path tessdata) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.tessdata = Objects.requireNonNull(tessdata, "tessdata");
    }

    @Override
    public IdExtraction read(DocumentRef idDocument) {
        Objects.requireNonNull(idDocument, "idDocument");
        byte[] bytes = documents.read(idDocument);
        TesseractEngine engine = borrow();
        boolean healthy = false;
        try (PointerScope scope = new PointerScope()) {
            Optional<LicenceImage> image = LicenceImage.decode(bytes);
            IdExtraction extraction = image.isEmpty()
                    ? new UnsupportedDocument(UNREADABLE_IMAGE)
                    : new LicenceReading(engine, image.get()).read();
            healthy = true;
            return extraction;
        } catch (RuntimeException e) {
            if (e instanceof DependencyException) {
                throw e;
            }
            // native failures surface as RuntimeException; the message may quote image content, so it is dropped
            throw new DependencyException(TesseractEngine.DEPENDENCY,
                    "reading " + idDocument.key() + " failed: " + e.getClass().getSimpleName(), null);
        } finally {
            giveBack(engine, healthy);
        }
    }

    private TesseractEngine borrow() {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("reader is closed");
            }
            TesseractEngine engine = idle.pollFirst();
            if (engine != null) {
                return engine;
            }
        }
        TesseractEngine created = new TesseractEngine(tessdata);   // outside the lock: takes a while
        synchronized (this) {
            if (closed) {
                created.close();
                throw new IllegalStateException("reader is closed");
            }
            return created;
        }
    }

    /** Returns the engine to the pool, or releases it when the reader is closed or the engine failed. */
    private void giveBack(TesseractEngine engine, boolean healthy) {
        synchronized (this) {
            if (!closed && healthy) {
                idle.addFirst(engine);
                return;
            }
        }
        engine.close();
    }

    /** Releases every engine; engines still in use are released when their call ends. */
    @Override
    public void close() {
        List<TesseractEngine> release;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            release = new ArrayList<>(idle);
            idle.clear();
        }
        release.forEach(TesseractEngine::close);
    }
}
