package io.onboarding.cli;

import io.onboarding.adapters.local.face.OpenCvFaceComparator;
import io.onboarding.adapters.local.ocr.TesseractIdDocumentReader;
import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.adapters.local.worker.IsolatedEngines;
import io.onboarding.adapters.local.worker.WorkerLimits;
import io.onboarding.cli.aws.AwsEngines;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real engines: Textract and Rekognition for {@code --engine aws}; otherwise the offline ones of the local
 * adapters, in worker processes ({@code io.onboarding.adapters.local.worker}, the default) or, with
 * {@code --engine-isolation none}, in this JVM ({@code io.onboarding.adapters.local.ocr},
 * {@code io.onboarding.adapters.local.face}).
 */
final class DefaultEngines implements Engines {
    private final Optional<AwsEngines> aws;
    private final Optional<IsolatedEngines> isolated;
    private final List<AutoCloseable> opened = new CopyOnWriteArrayList<>();

    private DefaultEngines(Optional<AwsEngines> aws, Optional<IsolatedEngines> isolated) {
        this.aws = aws;
        this.isolated = isolated;
    }

    static Engines open(EngineSettings settings) {
        return open(settings, WorkerLimits.defaults().mainClass());
    }

    /** @param workerMainClass the engine workers' main class: tests name one that misbehaves on purpose */
    static Engines open(EngineSettings settings, String workerMainClass) {
        Objects.requireNonNull(settings, "settings");
        if (settings.kind() == EngineKind.AWS) {
            return new DefaultEngines(Optional.of(AwsEngines.connect(settings.region())), Optional.empty());
        }
        if (settings.isolation() == EngineSettings.EngineIsolation.NONE) {
            return new DefaultEngines(Optional.empty(), Optional.empty());
        }
        return new DefaultEngines(Optional.empty(), Optional.of(new IsolatedEngines(WorkerLimits.defaults()
                .withCallTimeout(settings.timeout()).withMemoryCeiling(settings.memoryBytes())
                .withMainClass(workerMainClass))));
    }

    @Override
    public FaceComparator faceComparator(DocumentBytes documents) {
        if (aws.isPresent()) {
            return aws.get().faceComparator(documents);
        }
        if (isolated.isPresent()) {
            return isolated.get().faceComparator(documents);
        }
        return track(new OpenCvFaceComparator(documents));
    }

    @Override
    public IdDocumentReader idDocumentReader(DocumentBytes documents) {
        if (aws.isPresent()) {
            return aws.get().idDocumentReader(documents);
        }
        if (isolated.isPresent()) {
            return isolated.get().idDocumentReader(documents);
        }
        return track(new TesseractIdDocumentReader(documents));
    }

    @Override
    public void close() {
        for (AutoCloseable engine : opened) {
            try {
                engine.close();
            } catch (Exception ignored) {
                // closing at exit: nothing left to do with a failure
            }
        }
        opened.clear();
        isolated.ifPresent(IsolatedEngines::close);
        aws.ifPresent(AwsEngines::close);
    }

    private <T extends AutoCloseable> T track(T engine) {
        opened.add(engine);
        return engine;
    }
}
