package io.onboarding.cli;

import io.onboarding.adapters.local.face.OpenCvFaceComparator;
import io.onboarding.adapters.local.ocr.TesseractIdDocumentReader;
import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.cli.aws.AwsEngines;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real engines: the offline ones of the local adapters ({@code io.onboarding.adapters.local.ocr},
 * {@code io.onboarding.adapters.local.face}), or Textract and Rekognition for {@code --engine aws}.
 */
final class DefaultEngines implements Engines {
    private final Optional<AwsEngines> aws;
    private final List<AutoCloseable> opened = new CopyOnWriteArrayList<>();

    private DefaultEngines(Optional<AwsEngines> aws) {
        this.aws = aws;
    }

    static Engines open(EngineKind kind, Optional<String> region) {
        Objects.requireNonNull(kind, "kind");
        return new DefaultEngines(kind == EngineKind.AWS ? Optional.of(AwsEngines.connect(region)) : Optional.empty());
    }

    @Override
    public FaceComparator faceComparator(DocumentBytes documents) {
        if (aws.isPresent()) {
            return aws.get().faceComparator(documents);
        }
        return track(new OpenCvFaceComparator(documents));
    }

    @Override
    public IdDocumentReader idDocumentReader(DocumentBytes documents) {
        if (aws.isPresent()) {
            return aws.get().idDocumentReader(documents);
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
        aws.ifPresent(AwsEngines::close);
    }

    private <T extends AutoCloseable> T track(T engine) {
        opened.add(engine);
        return engine;
    }
}
