package io.onboarding.adapters.aws.bench;

import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.COMPARE_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.DETECT_FACES;

import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.adapters.aws.rekognition.RekognitionFaceComparator;
import io.onboarding.adapters.aws.rekognition.RekognitionSelfieInspector;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.SelfieNotInspected;
import io.onboarding.domain.port.SelfieInspector;
import io.onboarding.domain.testing.InMemoryApplicationRepository;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.domain.usecase.CheckFace;
import io.onboarding.domain.usecase.ProcessingOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

/**
 * What the selfie inspection adds to the face step (issue 13). Runs the real {@link CheckFace} with the real
 * Rekognition adapters and SDK client against {@link RecordedAwsServer}, which answers CompareFaces and DetectFaces
 * after the latencies given, in three arrangements: the comparison alone (before issue 13), inspection then
 * comparison on one thread (the offline engines' arrangement), and the inspection beside the comparison (the
 * Lambda functions'). Prints the median and the 90th percentile of the step's wall time for each. Not a test.
 *
 * <p>Arguments: rounds, CompareFaces latency (ms), DetectFaces latency (ms); defaults 30, 400, 250.
 */
public final class FaceStepLatencyBenchmark {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private FaceStepLatencyBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long compareMs = args.length > 1 ? Long.parseLong(args[1]) : 400;
        long detectMs = args.length > 2 ? Long.parseLong(args[2]) : 250;
        ExecutorService inspections = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "selfie-inspection");
            thread.setDaemon(true);
            return thread;
        });
        try (RecordedAwsServer aws = RecordedAwsServer.start(); RekognitionClient client = aws.rekognition()) {
            aws.on(COMPARE_FACES, Reply.fixture("rekognition/compare-faces-licence-portrait-matches.json"))
                    .on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"))
                    .delaying(COMPARE_FACES, compareMs).delaying(DETECT_FACES, detectMs);
            var faces = new RekognitionFaceComparator(client, "bench-bucket");
            var selfies = new RekognitionSelfieInspector(client, "bench-bucket");
            SelfieInspector none = selfie -> new SelfieNotInspected();
            var arrangements = new String[] {"comparison only (before)", "inspect, then compare", "inspect beside compare"};
            var samples = new ArrayList<List<Long>>();
            for (int a = 0; a < arrangements.length; a++) {
                samples.add(new ArrayList<>());
            }
            for (int round = -3; round < rounds; round++) {   // three warm-up rounds, not counted
                for (int a = 0; a < arrangements.length; a++) {
                    var repository = new InMemoryApplicationRepository();
                    ApplicationId id = received(repository, "bench-" + a + "-" + (round + 3));
                    CheckFace step = switch (a) {
                        case 0 -> new CheckFace(repository, faces, none, KycPolicy.defaults(),
                                ProcessingOptions.defaults(), CLOCK);
                        case 1 -> new CheckFace(repository, faces, selfies, KycPolicy.defaults(),
                                ProcessingOptions.defaults(), CLOCK);
                        default -> new CheckFace(repository, faces, selfies, KycPolicy.defaults(),
                                ProcessingOptions.defaults(), CLOCK, inspections);
                    };
                    long started = System.nanoTime();
                    step.check(id, "v1");
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (round >= 0) {
                        samples.get(a).add(millis);
                    }
                }
            }
            System.out.printf("rounds %d, CompareFaces %d ms, DetectFaces %d ms (loopback, %d DetectFaces and %d"
                    + " CompareFaces calls)%n", rounds, compareMs, detectMs, aws.calls(DETECT_FACES).size(),
                    aws.calls(COMPARE_FACES).size());
            System.out.println("| arrangement | median ms | p90 ms |");
            System.out.println("|---|---|---|");
            for (int a = 0; a < arrangements.length; a++) {
                long[] sorted = samples.get(a).stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("| %s | %d | %d |%n", arrangements[a], sorted[sorted.length / 2],
                        sorted[(int) Math.ceil(sorted.length * 0.9) - 1]);
            }
        } finally {
            inspections.shutdownNow();
        }
    }

    private static ApplicationId received(InMemoryApplicationRepository repository, String key) {
        ApplicationId id = ApplicationId.of(key);
        var stored = new StoredDocuments(new DocumentRef("unzipped/" + key + "_details.csv"),
                new DocumentRef("unzipped/" + key + "_selfie.png"), new DocumentRef("unzipped/" + key + "_license.png"));
        ApplicationRecord record = ApplicationRecord.accepted(id, "v1", 1, TestApplications.anApplicant().build(),
                CLOCK.instant());
        repository.save(record);
        repository.save(record.withDocuments(stored, CLOCK.instant()));
        return id;
    }

}
