package io.onboarding.adapters.local.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.adapters.local.face.OpenCvFaceComparator;
import io.onboarding.adapters.local.ocr.TesseractIdDocumentReader;
import io.onboarding.adapters.local.pool.NativeFailure;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentNotFoundException;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The child process of {@link IsolatedEngines}: loads the offline engines ({@link TesseractIdDocumentReader},
 * {@link OpenCvFaceComparator}) and serves one request at a time over its standard input and output, so that a
 * native crash, an exhausted memory ceiling or a decode that never ends takes only this process with it. It reads
 * no file and opens no socket: each request brings its documents' bytes. It ends when its standard input ends or its
 * parent process exits, whatever it is doing.
 *
 * <p>Started as {@code java -cp <the parent's class path> io.onboarding.adapters.local.worker.EngineWorker}; standard
 * error carries only what the JVM and the native libraries print, and the parent discards it.
 */
public final class EngineWorker {
    /** Status when the protocol broke: the parent sent something that is not a request. */
    static final int PROTOCOL_BROKEN = 2;
    /** Largest document frame accepted: intake's limits are far below it. */
    static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
    static final int MAX_MESSAGE_BYTES = 1024 * 1024;
    static final String WARM_UP_SELFIE = "warm-up/selfie.png";
    static final String WARM_UP_LICENCE = "warm-up/licence.png";

    private EngineWorker() {
    }

    public static void main(String[] args) {
        System.exit(serve(UnaryOperator.identity(), UnaryOperator.identity()));
    }

    /**
     * Serves requests until standard input ends; returns the exit status. The operators wrap the engines, which
     * lets a test build a worker that misbehaves for chosen documents (crashes, hangs, runs out of memory) and serves
     * the others as this one does.
     */
    public static int serve(UnaryOperator<FaceComparator> faces, UnaryOperator<IdDocumentReader> readers) {
        var out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        var in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        // Java code that prints to System.out must not write into the channel
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        var documents = new RequestDocuments();
        try (var comparator = new OpenCvFaceComparator(documents);
             var reader = new TesseractIdDocumentReader(documents)) {
            Optional<ObjectNode> failed = warmUp(documents, comparator, reader);
            Frames.write(out, Messages.bytes(failed.orElseGet(() -> Messages.object().put(Messages.READY, true))));
            out.flush();
            if (failed.isPresent()) {
                return 1;
            }
            return loop(in, out, documents, faces.apply(comparator), readers.apply(reader));
        } catch (Frames.ProtocolException e) {
            return PROTOCOL_BROKEN;
        } catch (IOException e) {
            return 1;   // the parent closed the channel
        }
    }

    private static int loop(DataInputStream in, DataOutputStream out, RequestDocuments documents,
                            FaceComparator faces, IdDocumentReader reader) throws IOException {
        while (true) {
            Optional<byte[]> frame = Frames.read(in, MAX_MESSAGE_BYTES);
            if (frame.isEmpty()) {
                return 0;
            }
            JsonNode request = Messages.parse(frame.get());
            String op = request.path(Messages.OP).asText();
            documents.clear();
            ObjectNode answer;
            if (Messages.COMPARE.equals(op)) {
                DocumentRef selfie = documents.receive(in, request.path(Messages.SELFIE).asText());
                DocumentRef document = documents.receive(in, request.path(Messages.DOCUMENT).asText());
                double floor = request.path(Messages.MINIMUM_SIMILARITY).asDouble(Double.NaN);
                answer = answer(FaceComparator.class, () -> Messages.face(faces.compare(selfie, document, floor)));
            } else if (Messages.READ.equals(op)) {
                DocumentRef document = documents.receive(in, request.path(Messages.DOCUMENT).asText());
                answer = answer(IdDocumentReader.class, () -> Messages.id(reader.read(document)));
            } else {
                throw new Frames.ProtocolException("unknown request");
            }
            documents.clear();
            Frames.write(out, Messages.bytes(answer));
            out.flush();
        }
    }

    private interface Call {
        ObjectNode run();
    }

    private static ObjectNode answer(Class<?> port, Call call) {
        try {
            return call.run();
        } catch (DependencyException e) {
            return Messages.error(e.dependency(), withoutPrefix(e), e.isRetryable(),
                    NativeFailure.isOutOfMemory(e.getMessage()));
        } catch (OutOfMemoryError e) {
            // an allocation of native memory refused under the ceiling (the JVM's own heap exhaustion ends the
            // process: -XX:+ExitOnOutOfMemoryError)
            return Messages.error(port == FaceComparator.class ? IsolatedEngines.FACE_ENGINE
                    : IsolatedEngines.OCR_ENGINE, "failed: " + e.getClass().getSimpleName(), false, true);
        } catch (RuntimeException e) {
            // not the engines' own failure (they turn theirs into DependencyException): its text is not trusted
            return Messages.error(port == FaceComparator.class ? IsolatedEngines.FACE_ENGINE
                    : IsolatedEngines.OCR_ENGINE, "failed: " + e.getClass().getSimpleName(), false, false);
        }
    }

    /** The engines prove they load and run on two blank images before the worker takes requests. */
    private static Optional<ObjectNode> warmUp(RequestDocuments documents, FaceComparator faces,
                                               IdDocumentReader reader) {
        try {
            documents.put(WARM_UP_SELFIE, blankPng(120, 160));
            documents.put(WARM_UP_LICENCE, blankPng(320, 200));
            faces.compare(new DocumentRef(WARM_UP_SELFIE), new DocumentRef(WARM_UP_LICENCE), 80);
            reader.read(new DocumentRef(WARM_UP_LICENCE));
            return Optional.empty();
        } catch (DependencyException e) {
            return Optional.of(Messages.error(e.dependency(), withoutPrefix(e), true,
                    NativeFailure.isOutOfMemory(e.getMessage())));
        } catch (RuntimeException | LinkageError e) {
            return Optional.of(Messages.error(IsolatedEngines.OCR_ENGINE, "the engines could not be loaded: "
                    + e.getClass().getSimpleName(), true, false));
        } finally {
            documents.clear();
        }
    }

    private static String withoutPrefix(DependencyException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = e.dependency() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** A white 8-bit grey PNG, written here so the worker needs no image library of the JDK's. */
    static byte[] blankPng(int width, int height) {
        byte[] row = new byte[width + 1];   // filter type 0, then the row's pixels
        java.util.Arrays.fill(row, 1, row.length, (byte) 0xFF);
        var deflater = new Deflater();
        var compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        var png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8)
                .put((byte) 0).array()));
        png.writeBytes(chunk("IDAT", compressed.toByteArray()));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeAndData = ByteBuffer.allocate(4 + data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).array();
        var crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(8 + typeAndData.length).putInt(data.length).put(typeAndData).putInt((int) crc.getValue())
                .array();
    }

    /** The documents of the request being served, by key. */
    private static final class RequestDocuments implements io.onboarding.adapters.local.store.DocumentBytes {
        private final Map<String, byte[]> byKey = new HashMap<>();

        DocumentRef receive(DataInputStream in, String key) throws IOException {
            byte[] bytes = Frames.read(in, MAX_DOCUMENT_BYTES)
                    .orElseThrow(() -> new Frames.ProtocolException("a request without its document"));
            put(key, bytes);
            return new DocumentRef(key);
        }

        void put(String key, byte[] bytes) {
            byKey.put(key, bytes);
        }

        void clear() {
            byKey.clear();
        }

        @Override
        public byte[] read(DocumentRef ref) {
            byte[] bytes = byKey.get(ref.key());
            if (bytes == null) {
                throw new DocumentNotFoundException("engine-worker", ref.key(), null);
            }
            return bytes;
        }
    }
}
