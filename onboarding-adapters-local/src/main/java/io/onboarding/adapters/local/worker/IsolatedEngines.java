package io.onboarding.adapters.local.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.adapters.local.pool.NativePool;
import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;

/**
 * The offline engines (Tesseract OCR, OpenCV face comparison) run in worker processes ({@link EngineWorker}), so that
 * what an image does to a native decoder (a crash, an exhausted memory ceiling, a decode that never ends) ends one
 * call, not the caller's JVM. Hands out the domain's ports; each call borrows an idle worker, or starts one, so there
 * are as many workers as calls at once (one per CLI {@code --parallel} slot), each reused from call to call.
 *
 * <p>Every call has a deadline ({@link WorkerLimits#callTimeout()}): at expiry the worker is killed. A worker that
 * dies, runs out of memory under its ceiling or misses its deadline fails its call with a permanent
 * {@link DependencyException} of {@value #OCR_ENGINE} or {@value #FACE_ENGINE}, whose message names the documents and
 * an {@code ENGINE_*} code (never image content), and is replaced by a new one on the next call. A worker that
 * cannot be started at all fails the call with a {@link TransientDependencyException}: that says nothing about the
 * package. Failures the engines report themselves (an undecodable image) keep their own dependency and message.
 *
 * <p>{@link #close()} ends every worker; so does the end of this JVM, since a worker exits when its standard input
 * ends or its parent exits. Workers never open a socket or read a file: a request carries its documents' bytes.
 */
public final class IsolatedEngines implements AutoCloseable {
    /** Dependency of a failed licence reading in a worker. */
    public static final String OCR_ENGINE = "ocr-engine";
    /** Dependency of a failed face comparison in a worker. */
    public static final String FACE_ENGINE = "face-engine";

    private final WorkerLimits limits;
    private final NativePool<WorkerProcess> workers;
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService deadlines;
    private final Thread onExit;
    private Path temporaryDirectory;
    private WorkerCommand command;

    public IsolatedEngines(WorkerLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.workers = new NativePool<>("isolated engines", this::startWorker);
        this.deadlines = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "engine-worker-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        this.onExit = new Thread(this::killAll, "engine-worker-cleanup");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    public WorkerLimits limits() {
        return limits;
    }

    /** Whether the memory ceiling is enforced: on a system without util-linux's {@code prlimit} only the heap is. */
    public boolean memoryCeilingEnforced() {
        return command().prlimit().isPresent();
    }

    public FaceComparator faceComparator(DocumentBytes documents) {
        Objects.requireNonNull(documents, "documents");
        return (selfie, idDocument, minimumSimilarity) -> compare(documents, selfie, idDocument, minimumSimilarity);
    }

    public IdDocumentReader idDocumentReader(DocumentBytes documents) {
        Objects.requireNonNull(documents, "documents");
        return idDocument -> read(documents, idDocument);
    }

    private FaceComparison compare(DocumentBytes documents, DocumentRef selfie, DocumentRef idDocument,
                                   double minimumSimilarity) {
        FaceComparator.checkArguments(selfie, idDocument, minimumSimilarity);
        byte[] selfieBytes = documents.read(selfie);
        byte[] documentBytes = documents.read(idDocument);
        ObjectNode request = Messages.object().put(Messages.OP, Messages.COMPARE)
                .put(Messages.SELFIE, selfie.key()).put(Messages.DOCUMENT, idDocument.key())
                .put(Messages.MINIMUM_SIMILARITY, minimumSimilarity);
        String operation = "comparing " + selfie.key() + " with " + idDocument.key();
        JsonNode answer = call(FACE_ENGINE, operation, request, List.of(selfieBytes, documentBytes));
        try {
            return Messages.face(answer.path(Messages.FACE));
        } catch (Frames.ProtocolException e) {
            throw new DependencyException(FACE_ENGINE, operation + " failed: "
                    + new EngineFailure(EngineFailure.Kind.PROTOCOL_ERROR, e.getMessage()).getMessage());
        }
    }

    private IdExtraction read(DocumentBytes documents, DocumentRef idDocument) {
        Objects.requireNonNull(idDocument, "idDocument");
        byte[] bytes = documents.read(idDocument);
        ObjectNode request = Messages.object().put(Messages.OP, Messages.READ)
                .put(Messages.DOCUMENT, idDocument.key());
        String operation = "reading " + idDocument.key();
        JsonNode answer = call(OCR_ENGINE, operation, request, List.of(bytes));
        try {
            return Messages.id(answer.path(Messages.ID));
        } catch (Frames.ProtocolException e) {
            throw new DependencyException(OCR_ENGINE, operation + " failed: "
                    + new EngineFailure(EngineFailure.Kind.PROTOCOL_ERROR, e.getMessage()).getMessage());
        }
    }

    private JsonNode call(String dependency, String operation, ObjectNode request, List<byte[]> documents) {
        WorkerProcess worker;
        try {
            worker = workers.borrow();
        } catch (StartFailure e) {
            throw new TransientDependencyException(dependency, operation + " failed: " + e.failure.getMessage());
        }
        boolean healthy = false;
        try {
            JsonNode answer = worker.call(request, documents, limits.callTimeout());
            JsonNode error = answer.get(Messages.ERROR);
            healthy = worker.reusable();
            if (error == null) {
                return answer;
            }
            if (error.path("outOfMemory").asBoolean()) {
                healthy = false;   // what a failed allocation left half-built is not worth keeping
                throw new DependencyException(dependency, operation + " failed: " + new EngineFailure(
                        EngineFailure.Kind.OUT_OF_MEMORY, "an allocation was refused, memory ceiling "
                        + limits.memoryCeiling() / WorkerLimits.MIB + " MiB").getMessage());
            }
            String engine = error.path("dependency").asText(dependency);
            String message = error.path("message").asText("failed");
            throw error.path("retryable").asBoolean() ? new TransientDependencyException(engine, message)
                    : new DependencyException(engine, message);
        } catch (EngineFailure e) {
            throw new DependencyException(dependency, operation + " failed: " + e.getMessage());
        } finally {
            workers.giveBack(worker, healthy);
        }
    }

    private WorkerProcess startWorker() {
        try {
            live.removeIf(worker -> !worker.alive());
            WorkerProcess worker = WorkerProcess.start(command(), limits.memoryCeiling(), deadlines);
            live.add(worker);
            return worker;
        } catch (EngineFailure e) {
            throw new StartFailure(e);
        }
    }

    private synchronized WorkerCommand command() {
        if (command == null) {
            try {
                temporaryDirectory = Files.createTempDirectory("onboarding-engines-");
            } catch (IOException e) {
                throw new UncheckedIOException("no temporary directory for the engine workers", e);
            }
            command = WorkerCommand.of(limits, temporaryDirectory);
        }
        return command;
    }

    /** Ends every worker (those still in a call are killed) and deletes the workers' temporary files. */
    @Override
    public void close() {
        workers.close();
        killAll();
        deadlines.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void killAll() {
        for (WorkerProcess worker : live) {
            worker.close();
            live.remove(worker);
        }
        deleteTemporaryDirectory();
    }

    private synchronized void deleteTemporaryDirectory() {
        if (temporaryDirectory == null || !Files.exists(temporaryDirectory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(temporaryDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is not worth failing a run for
        }
    }

    /** A worker that could not be started, through the pool's factory. */
    private static final class StartFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EngineFailure failure;

        StartFailure(EngineFailure failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
