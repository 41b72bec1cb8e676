package io.onboarding.lambdas.di;

import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.testing.FixedFaceComparator;
import io.onboarding.domain.testing.FixedSelfieInspector;
import io.onboarding.domain.testing.FixedIdDocumentReader;
import io.onboarding.domain.testing.FixedLicenseValidator;
import io.onboarding.domain.testing.InMemoryApplicationRepository;
import io.onboarding.domain.testing.InMemoryDocumentStore;
import io.onboarding.domain.testing.RecordingLicenseCheckQueue;
import io.onboarding.domain.testing.RecordingNotifier;
import io.onboarding.domain.testing.TestApplications;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The domain's in-memory fakes for handler tests, plus a captured log. */
public final class Fakes {
    public final InMemoryDocumentStore documents = new InMemoryDocumentStore();
    public final InMemoryApplicationRepository repository = new InMemoryApplicationRepository();
    public final FixedFaceComparator faces = FixedFaceComparator.answering(new FacesCompared(99.5, 2));
    public final FixedSelfieInspector selfies = FixedSelfieInspector.goodSelfie();
    public final FixedIdDocumentReader idReader =
            FixedIdDocumentReader.answering(TestApplications.theSampleLicence().build());
    public final RecordingNotifier notifier = new RecordingNotifier();
    public final RecordingLicenseCheckQueue queue = new RecordingLicenseCheckQueue();
    public final FixedLicenseValidator validator = new FixedLicenseValidator();
    public final RecordingTaskQueues taskQueues = new RecordingTaskQueues(queue);
    public final RecordingTaskCallbacks callbacks = new RecordingTaskCallbacks();
    public final RecordingWorkflowStarter starter = new RecordingWorkflowStarter();
    public final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

    /** Every line logged so far. */
    public List<String> logLines() {
        return logBytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
