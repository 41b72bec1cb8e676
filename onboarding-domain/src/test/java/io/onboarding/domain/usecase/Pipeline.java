package io.onboarding.domain.usecase;

import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.intake.PackageLimits;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.testing.FixedFaceComparator;
import io.onboarding.domain.testing.FixedIdDocumentReader;
import io.onboarding.domain.testing.FixedLicenseValidator;
import io.onboarding.domain.testing.FixedSelfieInspector;
import io.onboarding.domain.testing.InMemoryApplicationRepository;
import io.onboarding.domain.testing.InMemoryDocumentStore;
import io.onboarding.domain.testing.RecordingLicenseCheckQueue;
import io.onboarding.domain.testing.RecordingNotifier;
import io.onboarding.domain.testing.TestApplications;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The use cases wired to in-memory fakes, as a test would build them. */
final class Pipeline {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    final InMemoryDocumentStore documents;
    final InMemoryApplicationRepository repository;
    final FixedFaceComparator faces;
    final FixedSelfieInspector selfies = FixedSelfieInspector.goodSelfie();
    final FixedIdDocumentReader idReader;
    final RecordingNotifier notifier = new RecordingNotifier();
    final RecordingLicenseCheckQueue queue = new RecordingLicenseCheckQueue();
    final FixedLicenseValidator validator = new FixedLicenseValidator();
    final ProcessApplicationPackage process;
    final SubmitLicenseForValidation submit;
    private final FaceComparison face;
    private final IdExtraction extraction;
    private final KycPolicy policy;
    private final ProcessingOptions options;

    Pipeline(FaceComparison face, IdExtraction extraction) {
        this(face, extraction, KycPolicy.defaults(), ProcessingOptions.defaults(), CLOCK);
    }

    Pipeline(FaceComparison face, IdExtraction extraction, KycPolicy policy, ProcessingOptions options, Clock clock) {
        this(new InMemoryDocumentStore(), new InMemoryApplicationRepository(), face, extraction, policy, options,
                clock);
    }

    private Pipeline(InMemoryDocumentStore documents, InMemoryApplicationRepository repository, FaceComparison face,
                     IdExtraction extraction, KycPolicy policy, ProcessingOptions options, Clock clock) {
        this.documents = documents;
        this.repository = repository;
        this.face = face;
        this.extraction = extraction;
        this.policy = policy;
        this.options = options;
        this.faces = FixedFaceComparator.answering(face);
        this.idReader = FixedIdDocumentReader.answering(extraction);
        this.process = new ProcessApplicationPackage(documents, repository, faces, selfies, idReader, notifier, queue,
                new PackageReader(PackageLimits.defaults()), policy, options, clock);
        this.submit = new SubmitLicenseForValidation(repository, validator, notifier, policy, options, clock);
    }

    /**
     * The same store and records, with fresh use cases, fakes and a clock at {@code now}: another process, started
     * after this one stopped (or died).
     */
    Pipeline restartedAt(Instant now) {
        return new Pipeline(documents, repository, face, extraction, policy, options,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Puts a sample package into the store as {@code zipped/<id>.zip} and returns its reference. */
    PackageRef upload(String sampleId, String version) {
        return upload(sampleId, version, TestApplications.samplePackage(sampleId));
    }

    PackageRef upload(String id, String version, byte[] zip) {
        PackageRef ref = new PackageRef("zipped/" + id + ".zip", version);
        documents.withPackage(ref, zip);
        return ref;
    }
}
