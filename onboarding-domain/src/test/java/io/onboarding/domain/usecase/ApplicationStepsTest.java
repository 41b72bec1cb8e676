package io.onboarding.domain.usecase;

import static io.onboarding.domain.testing.TestApplications.SAMPLE_APPROVED;
import static io.onboarding.domain.testing.TestApplications.SAMPLE_DETAILS_MISMATCH;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.Effect;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.intake.PackageLimits;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.testing.TestApplications;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each step of an application called on its own, as a workflow calls them: keyed by id and version, idempotent. */
class ApplicationStepsTest {
    private static final FacesCompared SAME_PERSON = new FacesCompared(99.2, 2);
    private static final ApplicationId APP = ApplicationId.of(SAMPLE_APPROVED);

    private final Pipeline pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
    private final ReceivePackage receive = new ReceivePackage(pipeline.documents, pipeline.repository,
            pipeline.notifier, new PackageReader(PackageLimits.defaults()), KycPolicy.defaults(),
            ProcessingOptions.defaults(), Pipeline.CLOCK);
    private final CheckFace checkFace = new CheckFace(pipeline.repository, pipeline.faces, pipeline.selfies, KycPolicy.defaults(),
            ProcessingOptions.defaults(), Pipeline.CLOCK);
    private final CheckDetails checkDetails = new CheckDetails(pipeline.repository, pipeline.idReader,
            KycPolicy.defaults(), ProcessingOptions.defaults(), Pipeline.CLOCK);
    private final DecideApplication decide = new DecideApplication(pipeline.repository, pipeline.notifier,
            pipeline.queue, KycPolicy.defaults(), ProcessingOptions.defaults(), Pipeline.CLOCK);

    /** A receiving step on {@code pipeline}'s store and records. */
    ReceivePackage receiveStep(Pipeline other) {
        return new ReceivePackage(other.documents, other.repository, other.notifier,
                new PackageReader(PackageLimits.defaults()), KycPolicy.defaults(), ProcessingOptions.defaults(),
                Pipeline.CLOCK);
    }

    @Test
    void receivingRecordsWhereEachFileWentByItsRole() {
        StepResult received = receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));

        var stored = received.record().documents().orElseThrow();
        assertThat(stored.details()).isEqualTo(new DocumentRef("unzipped/8d247914_details.csv"));
        assertThat(stored.selfie()).isEqualTo(new DocumentRef("unzipped/8d247914_selfie.png"));
        assertThat(stored.license()).isEqualTo(new DocumentRef("unzipped/8d247914_license.png"));
        assertThat(received.duplicate()).isFalse();
        assertThat(received.record().decision()).isEmpty();
    }

    @Test
    void receivingTheSameUploadAgainIsADuplicateThatStoresNothing() {
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");
        receive.receive(ref);
        int stores = pipeline.documents.storeCalls();

        StepResult again = receive.receive(ref);

        assertThat(again.duplicate()).isTrue();
        assertThat(pipeline.documents.storeCalls()).isEqualTo(stores);
        assertThat(again.record().attempts()).isEqualTo(2);
    }

    @Test
    void theComparatorGetsTheSelfieAndTheLicenceByName() {
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));

        checkFace.check(APP, "v1");

        assertThat(pipeline.faces.calls()).singleElement().satisfies(call -> {
            assertThat(call.selfie().key()).endsWith("_selfie.png");
            assertThat(call.idDocument().key()).endsWith("_license.png");
        });
    }

    @Test
    void eachCheckIsRecordedOnceAndARepeatedCallIsADuplicate() {
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));

        StepResult face = checkFace.check(APP, "v1");
        StepResult faceAgain = checkFace.check(APP, "v1");
        StepResult details = checkDetails.check(APP, "v1");
        StepResult detailsAgain = checkDetails.check(APP, "v1");

        assertThat(face.duplicate()).isFalse();
        assertThat(faceAgain.duplicate()).isTrue();
        assertThat(details.duplicate()).isFalse();
        assertThat(detailsAgain.duplicate()).isTrue();
        assertThat(pipeline.faces.calls()).hasSize(1);
        assertThat(pipeline.idReader.reads()).hasSize(1);
    }

    @Test
    void faceAndDetailsChecksRunInParallelOnTheSameRecordWithoutLosingEither() throws Exception {
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));
        var bothRead = new CyclicBarrier(2);
        FaceComparator slowFaces = (selfie, idDocument, minimum) -> {
            await(bothRead);
            return SAME_PERSON;
        };
        IdDocumentReader slowReader = idDocument -> {
            await(bothRead);
            return theSampleLicence().build();
        };
        var face = new CheckFace(pipeline.repository, slowFaces, pipeline.selfies, KycPolicy.defaults(),
                ProcessingOptions.defaults(), Pipeline.CLOCK);
        var details = new CheckDetails(pipeline.repository, slowReader, KycPolicy.defaults(),
                ProcessingOptions.defaults(), Pipeline.CLOCK);

        var faceDone = CompletableFuture.supplyAsync(() -> face.check(APP, "v1"));
        var detailsDone = CompletableFuture.supplyAsync(() -> details.check(APP, "v1"));
        faceDone.get(10, TimeUnit.SECONDS);
        detailsDone.get(10, TimeUnit.SECONDS);

        var record = pipeline.repository.get(APP);
        assertThat(record.faceCheck()).isPresent();
        assertThat(record.detailsCheck()).isPresent();
    }

    @Test
    void decidingSaysWhichEffectsItPerformed() {
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));
        checkFace.check(APP, "v1");
        checkDetails.check(APP, "v1");

        StepResult decided = decide.decide(APP, "v1");
        StepResult again = decide.decide(APP, "v1");

        assertThat(decided.performed()).extracting(StepResult.Performed::effect)
                .containsExactly(Effect.QUEUE_LICENSE_CHECK);
        assertThat(decided.licenseChecks()).isEqualTo(pipeline.queue.queued());
        assertThat(decided.record().decision().orElseThrow().outcome())
                .isEqualTo(DecisionOutcome.PENDING_LICENSE_VALIDATION);
        assertThat(again.duplicate()).isTrue();
        assertThat(pipeline.queue.queued()).hasSize(1);
    }

    @Test
    void decidingAFailedCheckReportsTheNotificationItSent() {
        var mismatch = new Pipeline(SAME_PERSON, theSampleLicence().build());
        var process = mismatch.process;

        StepResult result = process.process(mismatch.upload(SAMPLE_DETAILS_MISMATCH, "v1"));

        assertThat(result.notifications()).extracting(Notification::kind)
                .containsExactly(Notification.Kind.DETAILS_MATCH_FAILED);
        assertThat(result.notifications()).isEqualTo(mismatch.notifier.sent());
        assertThat(result.record().decision().orElseThrow().reasons()).contains(DecisionReason.DETAILS_MISMATCH);
    }

    @Test
    void aStepCalledBeforeThePackageWasReceivedIsAPlainError() {
        assertThatThrownBy(() -> checkFace.check(APP, "v1")).isInstanceOf(ApplicationNotFoundException.class);

        pipeline.repository.save(io.onboarding.domain.application.ApplicationRecord.accepted(APP, "v1", 1,
                TestApplications.anApplicant().build(), Pipeline.CLOCK.instant()));

        assertThatThrownBy(() -> checkFace.check(APP, "v1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("receive its package first");
        assertThatThrownBy(() -> decide.decide(APP, "v1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no face check");
    }

    @Test
    void aStepForAnUploadThatWasReplacedIsSuperseded() {
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v2"));

        assertThatThrownBy(() -> checkFace.check(APP, "v1")).isInstanceOfSatisfying(ConcurrentUpdateException.class,
                e -> assertThat(e.superseded()).isTrue());
        assertThat(pipeline.faces.calls()).isEmpty();
    }

    @Test
    void recordingAFailureKeepsAFinalDecision() {
        var failures = new RecordProcessingFailure(pipeline.repository, pipeline.notifier, KycPolicy.defaults(),
                ProcessingOptions.defaults(), Pipeline.CLOCK);
        StepResult processed = pipeline.process.process(pipeline.upload(SAMPLE_DETAILS_MISMATCH, "v1"));

        StepResult recorded = failures.record(ApplicationId.of(SAMPLE_DETAILS_MISMATCH), "v1", "license-queue");

        assertThat(recorded.duplicate()).isTrue();
        assertThat(recorded.record().decision()).isEqualTo(processed.record().decision());
        assertThat(recorded.record().decision()).isNotEqualTo(
                java.util.Optional.of(KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE)));
    }

    @Test
    void aLicenceCheckThatNeverAnsweredEndsRecordedAndALateAnswerDoesNotOverturnIt() {
        var failures = new RecordProcessingFailure(pipeline.repository, pipeline.notifier, KycPolicy.defaults(),
                ProcessingOptions.defaults(), Pipeline.CLOCK);
        StepResult pending = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1"));
        assertThat(pending.record().decision().orElseThrow().outcome())
                .isEqualTo(DecisionOutcome.PENDING_LICENSE_VALIDATION);

        StepResult timedOut = failures.record(APP, "v1", "license-check-timeout");
        StepResult lateAnswer = pipeline.submit.submit(pipeline.queue.queued().get(0));

        assertThat(timedOut.record().decision())
                .contains(KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE));
        assertThat(timedOut.notifications()).extracting(Notification::reasonCodes)
                .containsExactly(java.util.List.of("DEPENDENCY_FAILURE", "DEPENDENCY_LICENSE_CHECK_TIMEOUT"));
        assertThat(lateAnswer.record().licenseValidation()).isPresent();
        assertThat(lateAnswer.record().decision()).isEqualTo(timedOut.record().decision());
    }

    @Test
    void recordingAFailureOfAnotherUploadWritesOverNeitherAndIsThrown() {
        var failures = new RecordProcessingFailure(pipeline.repository, pipeline.notifier, KycPolicy.defaults(),
                ProcessingOptions.defaults(), Pipeline.CLOCK);
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v2"));

        assertThatThrownBy(() -> failures.record(APP, "v1", "license-check-timeout"))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.superseded()).isFalse());

        assertThat(pipeline.repository.get(APP).sourceVersion()).isEqualTo("v2");
        assertThat(pipeline.repository.get(APP).decision()).isEmpty();
        assertThat(pipeline.notifier.sent()).isEmpty();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other check never started", e);
        }
    }
}
