package io.onboarding.domain.testing;

import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.intake.PackageLimits;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.ApplicationRecord;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.usecase.ProcessApplicationPackage;
import io.onboarding.domain.usecase.ProcessingOptions;
import io.onboarding.domain.usecase.SubmitLicenseForValidation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * A small demonstration of the domain core on the sample packages: real intake, matching and decisions, with the
 * face comparison and ID reading replayed from the provider results recorded for the three samples (no AWS). The
 * onboarding CLI replaces it with real offline engines.
 */
public final class SampleDemo {
    /** Provider answers for the samples: the selfie of 9c358026 shows another man, the others match the portrait. */
    private static final Map<String, FaceComparison> RECORDED_FACES = Map.of(
            TestApplications.SAMPLE_APPROVED, new FacesCompared(99.9, 2),
            TestApplications.SAMPLE_DETAILS_MISMATCH, new FacesCompared(99.9, 2),
            TestApplications.SAMPLE_FACE_MISMATCH, new FacesCompared(0, 2));

    private SampleDemo() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        if (args.length == 0) {
            out.println("usage: SampleDemo <app_uuid>.zip ...");
            System.exit(2);
        }
        for (String arg : args) {
            Path zip = Path.of(arg);
            String id = zip.getFileName().toString().replaceFirst("\\.zip$", "");
            FaceComparison face = RECORDED_FACES.get(id);
            if (face == null) {
                out.println(id + ": no recorded provider answers for this package; only the three samples replay");
                continue;
            }
            run(zip, id, face, out);
        }
    }

    private static void run(Path zip, String id, FaceComparison face, PrintStream out) throws IOException {
        var documents = new InMemoryDocumentStore();
        var repository = new InMemoryApplicationRepository();
        var notifier = new RecordingNotifier();
        var queue = new RecordingLicenseCheckQueue();
        Clock clock = Clock.systemUTC();
        KycPolicy policy = KycPolicy.defaults();
        var process = new ProcessApplicationPackage(documents, repository, FixedFaceComparator.answering(face),
                FixedIdDocumentReader.answering(TestApplications.theSampleLicence().build()), notifier, queue,
                new PackageReader(PackageLimits.defaults()), policy, ProcessingOptions.defaults(), clock);
        var submit = new SubmitLicenseForValidation(repository, new FixedLicenseValidator(), notifier, policy,
                ProcessingOptions.defaults(), clock);

        PackageRef ref = new PackageRef("zipped/" + id + ".zip", "demo");
        documents.withPackage(ref, Files.readAllBytes(zip));
        ApplicationRecord record = process.process(ref);
        for (LicenseCheckRequest request : queue.queued()) {
            record = submit.submit(request);
        }

        out.println("application " + record.id());
        out.println("  LICENSE_SELFIE_MATCH  " + record.faceCheck().map(f -> f.passed() + " (similarity "
                + f.similarity().map(String::valueOf).orElse("-") + ")").orElse("not run"));
        out.println("  LICENSE_DETAILS_MATCH " + record.detailsCheck().map(d -> String.valueOf(d.passed()))
                .orElse("not run"));
        record.detailsCheck().ifPresent(d -> {
            for (FieldMatch field : d.fields()) {
                out.printf("    %-20s %-10s %s%n", field.field(), field.outcome(), field.reason());
            }
        });
        out.println("  LICENSE_VALIDATION    " + record.licenseValidation().map(v -> String.valueOf(v.isValid()))
                .orElse("not run"));
        record.refusal().ifPresent(r -> out.println("  refused               " + r));
        out.println("  notifications         " + notifier.sent().stream()
                .map(n -> n.kind() + n.reasonCodes().toString()).toList());
        out.println("  decision              " + record.decision().map(d -> d.outcome() + " " + d.reasons())
                .orElse("-"));
    }
}
