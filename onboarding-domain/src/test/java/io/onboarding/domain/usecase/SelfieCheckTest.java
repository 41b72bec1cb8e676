package io.onboarding.domain.usecase;

import static io.onboarding.domain.testing.FixedSelfieInspector.GOOD_FACE;
import static io.onboarding.domain.testing.TestApplications.SAMPLE_APPROVED;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.intake.PackageLimits;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FaceTrait;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.SelfieFaces;
import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.model.SelfieNotInspected;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.SelfieInspector;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.FixedSelfieInspector;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The selfie check inside the face step: recorded, shown by codes, notified, and run beside the comparison. */
class SelfieCheckTest {
    private static final FacesCompared SAME_PERSON = new FacesCompared(99.2, 2);
    private static final ApplicationId APP = ApplicationId.of(SAMPLE_APPROVED);
    private static final SelfieInspection DARK = SelfieFaces.of(GOOD_FACE.withQuality(80, 4));

    private final Pipeline pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
    private final ReceivePackage receive = new ReceivePackage(pipeline.documents, pipeline.repository,
            pipeline.notifier, new PackageReader(PackageLimits.defaults()), KycPolicy.defaults(),
            ProcessingOptions.defaults(), Pipeline.CLOCK);
    private final ExecutorService inspections = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopExecutor() {
        inspections.shutdownNow();
    }

    private CheckFace checkFace(FaceComparator faces, SelfieInspector selfies) {
        return new CheckFace(pipeline.repository, faces, selfies, KycPolicy.defaults(), ProcessingOptions.defaults(),
                Pipeline.CLOCK, inspections);
    }

    private ApplicationRecord processWith(SelfieInspection selfie) {
        var selfies = FixedSelfieInspector.answering(selfie);
        var process = new ProcessApplicationPackage(pipeline.documents, pipeline.repository, pipeline.faces,
                selfies, pipeline.idReader, pipeline.notifier, pipeline.queue,
                new PackageReader(PackageLimits.defaults()), KycPolicy.defaults(), ProcessingOptions.defaults(),
                Pipeline.CLOCK, inspections);
        return process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();
    }

    @Test
    void inspectsTheStoredSelfieWhileComparingSoTheStepTakesTheSlowerCallNotTheSum() {
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));
        var bothRunning = new CyclicBarrier(2);
        FaceComparator faces = (selfie, idDocument, minimum) -> {
            await(bothRunning);
            return SAME_PERSON;
        };
        var goodSelfie = FixedSelfieInspector.goodSelfie();
        SelfieInspector selfies = selfie -> {
            await(bothRunning);   // only returns once the comparison is running too
            return goodSelfie.inspect(selfie);
        };

        StepResult result = checkFace(faces, selfies).check(APP, "v1");

        assertThat(result.record().faceCheck().orElseThrow().passed()).isTrue();
        assertThat(goodSelfie.calls()).containsExactly(result.record().documents().orElseThrow().selfie());
    }

    @Test
    void recordsTheSelfieCheckInTheRecordItsHistoryAndTheStatusAsCodesOnly() {
        ApplicationRecord record = processWith(DARK);

        assertThat(record.faceCheck().orElseThrow().quality()).isPresent();
        assertThat(record.faceCheck().orElseThrow().passed()).isFalse();
        assertThat(record.decision()).contains(KycDecision.needsReview(DecisionReason.SELFIE_TOO_DARK));
        assertThat(record.history()).filteredOn(e -> e.kind() == HistoryEvent.Kind.FACE_CHECKED)
                .singleElement().extracting(HistoryEvent::codes).asList().containsExactly("SELFIE_TOO_DARK");
        ApplicationStatus status = ApplicationStatus.of(record);
        assertThat(status.face()).contains("SELFIE_TOO_DARK");
        assertThat(status.selfie()).contains(new ApplicationStatus.SelfieCheck("FAILED",
                List.of("SELFIE_TOO_DARK"), Optional.of(1)));
    }

    @Test
    void tellsTheBankEveryIssueOfTheSelfieInTheFaceNotification() {
        processWith(SelfieFaces.of(GOOD_FACE.withQuality(3, 4).withSunglasses(new FaceTrait(true, 99))));

        Notification face = pipeline.notifier.sent().stream()
                .filter(n -> n.kind() == Notification.Kind.FACE_MATCH_FAILED).findFirst().orElseThrow();
        assertThat(face.reasonCodes()).containsExactly("SELFIE_TOO_BLURRED", "SELFIE_TOO_DARK", "SELFIE_SUNGLASSES");
        assertThat(pipeline.queue.queued()).as("no licence check for an untrusted comparison").isEmpty();
    }

    @Test
    void showsAGoodSelfieAndOneThatWasNotInspected() {
        ApplicationRecord good = processWith(SelfieFaces.of(GOOD_FACE));

        assertThat(ApplicationStatus.of(good).selfie()).contains(new ApplicationStatus.SelfieCheck("PASSED",
                List.of("SELFIE_OK"), Optional.of(1)));
        assertThat(good.decision().map(KycDecision::outcome)).contains(DecisionOutcome.PENDING_LICENSE_VALIDATION);

        var other = new Pipeline(SAME_PERSON, theSampleLicence().build());
        var process = new ProcessApplicationPackage(other.documents, other.repository, other.faces,
                FixedSelfieInspector.answering(new SelfieNotInspected()), other.idReader, other.notifier, other.queue,
                new PackageReader(PackageLimits.defaults()), KycPolicy.defaults(), ProcessingOptions.defaults(),
                Pipeline.CLOCK);
        ApplicationRecord notInspected = process.process(other.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(ApplicationStatus.of(notInspected).selfie()).contains(new ApplicationStatus.SelfieCheck(
                "NOT_INSPECTED", List.of("SELFIE_NOT_INSPECTED"), Optional.empty()));
        assertThat(notInspected.decision().map(KycDecision::outcome))
                .contains(DecisionOutcome.PENDING_LICENSE_VALIDATION);
    }

    @Test
    void letsTheInspectorsDependencyFailureThroughUnwrappedAndRecordsNothing() {
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));
        var throttled = new TransientDependencyException("rekognition", "DetectFaces throttled");
        var selfies = FixedSelfieInspector.goodSelfie().failingOnceWith(throttled);
        CheckFace step = checkFace(pipeline.faces, selfies);

        assertThatThrownBy(() -> step.check(APP, "v1")).isSameAs(throttled);
        assertThat(pipeline.repository.get(APP).faceCheck()).isEmpty();

        assertThat(step.check(APP, "v1").record().faceCheck().orElseThrow().passed()).isTrue();
    }

    @Test
    void reportsTheComparisonsFailureWhenBothCallsFail() {
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));
        var comparisonDown = new DependencyException("rekognition", "CompareFaces failed", null);
        FaceComparator faces = (selfie, idDocument, minimum) -> {
            throw comparisonDown;
        };
        var selfies = FixedSelfieInspector.goodSelfie()
                .failingWith(new TransientDependencyException("rekognition", "DetectFaces throttled"));

        assertThatThrownBy(() -> checkFace(faces, selfies).check(APP, "v1")).isSameAs(comparisonDown);
    }

    @Test
    void aRepeatedStepReusesTheRecordedInspection() {
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));
        var selfies = FixedSelfieInspector.goodSelfie();
        CheckFace step = checkFace(pipeline.faces, selfies);

        step.check(APP, "v1");
        StepResult again = step.check(APP, "v1");

        assertThat(again.duplicate()).isTrue();
        assertThat(selfies.calls()).hasSize(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other call never started", e);
        }
    }
}
