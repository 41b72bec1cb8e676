package io.onboarding.adapters.local.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.adapters.local.face.OpenCvFaceComparator;
import io.onboarding.adapters.local.ocr.TesseractIdDocumentReader;
import io.onboarding.adapters.local.testing.MapDocuments;
import io.onboarding.adapters.local.testing.SampleImages;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.UnsupportedDocument;
import io.onboarding.domain.port.DependencyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engines in worker processes, for real: the same answers as in this JVM, and a worker that is killed, misses
 * its deadline or runs out of memory fails only its call, with an engine code, and is replaced. No worker outlives
 * the engines.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class IsolatedEnginesTest {
    private static final String SELFIE = "unzipped/a_selfie.png";
    private static final String LICENCE = "unzipped/a_license.png";
    private static final String OTHER_SELFIE = "unzipped/b_selfie.png";
    private static final String SMALL = "unzipped/small_license.png";
    /** 20,000 x 15,000 (300 megapixels, six times what intake lets through): 900 MB decoded in colour. */
    private static final String LARGE = "unzipped/large_license.png";

    private final MapDocuments documents = new MapDocuments()
            .with(SELFIE, SampleImages.selfie(SampleImages.APPROVED))
            .with(LICENCE, SampleImages.licence(SampleImages.APPROVED))
            .with(OTHER_SELFIE, SampleImages.selfie(SampleImages.FACE_MISMATCH));

    @AfterEach
    void noWorkerOutlivesItsEngines() {
        assertThat(workers()).as("worker processes left running").isEmpty();
    }

    @Test
    void answersAsTheEnginesDoInThisJvm() {
        FaceComparison same;
        FaceComparison other;
        IdExtraction licence;
        try (var engines = new IsolatedEngines(WorkerLimits.defaults())) {
            same = engines.faceComparator(documents).compare(ref(SELFIE), ref(LICENCE), 80);
            other = engines.faceComparator(documents).compare(ref(OTHER_SELFIE), ref(LICENCE), 80);
            licence = engines.idDocumentReader(documents).read(ref(LICENCE));

            assertThat(workers()).as("one caller at a time: one worker, reused").hasSize(1);
        }

        try (var faces = new OpenCvFaceComparator(documents); var reader = new TesseractIdDocumentReader(documents)) {
            assertThat(same).isEqualTo(faces.compare(ref(SELFIE), ref(LICENCE), 80));
            assertThat(other).isEqualTo(faces.compare(ref(OTHER_SELFIE), ref(LICENCE), 80));
            assertThat(licence).isEqualTo(reader.read(ref(LICENCE)));
        }
    }

    @Test
    void aWorkerKilledInTheMiddleOfACallFailsThatCallAndIsReplaced() throws Exception {
        try (var engines = new IsolatedEngines(WorkerLimits.defaults())) {
            var reader = engines.idDocumentReader(documents);
            reader.read(ref(LICENCE));
            ProcessHandle first = workers().get(0);

            CompletableFuture<IdExtraction> call = CompletableFuture.supplyAsync(() -> reader.read(ref(LICENCE)));
            Thread.sleep(300);
            assertThat(call).as("the reading takes longer than 0.3 s").isNotDone();
            first.destroyForcibly();   // kill -9

            assertThatThrownBy(call::join).cause().isInstanceOf(DependencyException.class)
                    .hasMessageStartingWith(IsolatedEngines.OCR_ENGINE + ": reading " + LICENCE + " failed: ENGINE_CRASHED")
                    .hasMessageContaining("signal 9 (SIGKILL)")
                    .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
            assertThat(reader.read(ref(LICENCE))).isInstanceOf(IdExtraction.class);
            assertThat(workers()).hasSize(1).doesNotContain(first);
        }
    }

    @Test
    void aWorkerPastItsDeadlineIsKilledAndItsCallFails() {
        try (var engines = new IsolatedEngines(WorkerLimits.defaults().withCallTimeout(Duration.ofMillis(1)))) {
            var faces = engines.faceComparator(documents);

            assertThatThrownBy(() -> faces.compare(ref(SELFIE), ref(LICENCE), 80))
                    .isInstanceOf(DependencyException.class)
                    .hasMessage(IsolatedEngines.FACE_ENGINE + ": comparing " + SELFIE + " with " + LICENCE
                            + " failed: ENGINE_TIMED_OUT (no answer within 0.001 s; the worker was killed)");
            assertThat(workers()).as("the late worker is gone").isEmpty();
        }
    }

    @Test
    void aWorkerOutOfMemoryUnderItsCeilingFailsItsCallAndIsReplaced() throws IOException {
        documents.with(SMALL, EngineWorker.blankPng(320, 200)).with(LARGE, EngineWorker.blankPng(20_000, 15_000));
        long loaded;
        try (var engines = new IsolatedEngines(WorkerLimits.defaults())) {
            engines.idDocumentReader(documents).read(ref(SMALL));   // what a new worker does to load its engines
            loaded = peakAddressSpace(workers().get(0));
        }
        // room for a worker with its engines loaded, and 256 MiB more: not enough for the large image
        long ceiling = loaded + 256 * WorkerLimits.MIB;

        try (var engines = new IsolatedEngines(WorkerLimits.defaults().withMemoryCeiling(ceiling))) {
            var reader = engines.idDocumentReader(documents);
            assertThatThrownBy(() -> reader.read(ref(LARGE)))
                    .isInstanceOf(DependencyException.class)
                    .hasMessageStartingWith(IsolatedEngines.OCR_ENGINE + ": reading " + LARGE + " failed:"
                            + " ENGINE_OUT_OF_MEMORY (")
                    .hasMessageContaining("memory ceiling " + ceiling / WorkerLimits.MIB + " MiB")
                    .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
            assertThat(reader.read(ref(SMALL))).as("a new worker serves the next call")
                    .isEqualTo(new UnsupportedDocument("NO_LICENCE_LAYOUT"));
        }
    }

    @Test
    void aTallNarrowImageIsReadAndComparedWithinTheDefaultCeiling() {
        // 3 x 10,000 pixels: the skew search once scaled it to 640 x 1,228,800 (5.9 GB of copies, issue 12), and
        // the face search to an image 0 px wide
        documents.with("unzipped/tall_license.png", EngineWorker.blankPng(3, 10_000))
                .with("unzipped/tall_selfie.png", EngineWorker.blankPng(3, 10_000));
        try (var engines = new IsolatedEngines(WorkerLimits.defaults())) {
            assertThat(engines.idDocumentReader(documents).read(ref("unzipped/tall_license.png")))
                    .isEqualTo(new UnsupportedDocument("NO_LICENCE_LAYOUT"));
            assertThat(engines.faceComparator(documents).compare(ref("unzipped/tall_selfie.png"), ref(LICENCE), 80))
                    .isEqualTo(new NoFaceInSelfie());
            assertThat(engines.faceComparator(documents).compare(ref(SELFIE), ref("unzipped/tall_license.png"), 80))
                    .isEqualTo(new NoFaceOnDocument());
        }
    }

    @Test
    void theCeilingHoldsTheWholeWorker() {
        try (var engines = new IsolatedEngines(WorkerLimits.defaults())) {
            engines.faceComparator(documents).compare(ref(LICENCE), ref(LICENCE), 80);

            assertThat(engines.memoryCeilingEnforced()).isTrue();
            assertThat(limit(workers().get(0), "Max address space")).isEqualTo(WorkerLimits.DEFAULT_MEMORY_CEILING);
            assertThat(limit(workers().get(0), "Max core file size")).isZero();
        }
    }

    @Test
    void aWorkerThatCannotLoadTheEnginesFailsTheCallAsTemporary() {
        try (var engines = new IsolatedEngines(WorkerLimits.defaults().withMemoryCeiling(WorkerLimits.MIN_MEMORY_CEILING))) {
            var faces = engines.faceComparator(documents);

            assertThatThrownBy(() -> faces.compare(ref(SELFIE), ref(LICENCE), 80))
                    .isInstanceOf(DependencyException.class)
                    .hasMessageStartingWith(IsolatedEngines.FACE_ENGINE + ": comparing " + SELFIE + " with " + LICENCE
                            + " failed: ENGINE_UNAVAILABLE (")
                    .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isTrue());
        }
    }

    @Test
    void anEngineOutcomeIsAnAnswerNotAFailure() {
        try (var engines = new IsolatedEngines(WorkerLimits.defaults())) {
            assertThat(engines.faceComparator(documents).compare(ref(LICENCE), ref(SELFIE), 80))
                    .isInstanceOf(FaceComparison.class);
            assertThat(engines.idDocumentReader(documents).read(ref(SELFIE)))
                    .isEqualTo(new UnsupportedDocument("NO_LICENCE_LAYOUT"));
            documents.with("blank.png", EngineWorker.blankPng(200, 200));
            assertThat(engines.faceComparator(documents).compare(ref("blank.png"), ref(LICENCE), 80))
                    .isEqualTo(new NoFaceInSelfie());
        }
    }

    static List<ProcessHandle> workers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
    }

    private static long peakAddressSpace(ProcessHandle worker) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(worker.pid()), "status"))) {
            if (line.startsWith("VmPeak:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmPeak");
    }

    private static long limit(ProcessHandle worker, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(worker.pid()), "limits"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(26).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no limit " + name);
    }

    private static DocumentRef ref(String key) {
        return new DocumentRef(key);
    }
}
