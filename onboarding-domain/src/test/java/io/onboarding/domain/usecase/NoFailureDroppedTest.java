package io.onboarding.domain.usecase;

import static io.onboarding.domain.testing.TestApplications.SAMPLE_APPROVED;
import static io.onboarding.domain.testing.TestApplications.SAMPLE_FACE_MISMATCH;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.TransientDependencyException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Once the application id is known, every failure ends either recorded (NEEDS_REVIEW / DEPENDENCY_FAILURE, the bank
 * notified with the failing dependency's code) or thrown to the caller, whose retries end in a dead-letter queue.
 * One test per path.
 */
class NoFailureDroppedTest {
    private static final FacesCompared SAME_PERSON = new FacesCompared(99.2, 2);
    private static final FacesCompared OTHER_PERSON = new FacesCompared(0, 2);
    private static final ApplicationId APP = ApplicationId.of(SAMPLE_APPROVED);
    private static final KycDecision DEPENDENCY_FAILURE = KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE);

    @Test
    void aPackageGoneBeforeItIsReadIsRecordedAndNotified() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");
        pipeline.documents.withoutPackage(ref);

        StepResult result = pipeline.process.process(ref);

        ApplicationRecord record = pipeline.repository.get(APP);
        assertThat(record.decision()).contains(DEPENDENCY_FAILURE);
        assertThat(record.applicant()).isEmpty();
        assertThat(record.refusal()).isEmpty();
        assertThat(record.sourceVersion()).isEqualTo("v1");
        assertThat(result.notifications()).containsExactly(new Notification(APP,
                Notification.Kind.PROCESSING_FAILED, List.of("DEPENDENCY_FAILURE", "DEPENDENCY_IN_MEMORY")));
        assertThat(pipeline.notifier.sent()).isEqualTo(result.notifications());
    }

    @Test
    void aPermanentFailureStoringAFileIsRecordedAndNotified() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.documents.failingToStoreWith(new DependencyException("s3", "access denied"));

        StepResult result = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1"));

        assertThat(result.record().decision()).contains(DEPENDENCY_FAILURE);
        assertThat(result.record().applicant()).isPresent();
        assertThat(result.record().documents()).isEmpty();
        assertThat(pipeline.notifier.sent()).extracting(Notification::reasonCodes)
                .containsExactly(List.of("DEPENDENCY_FAILURE", "DEPENDENCY_S3"));
        assertThat(pipeline.faces.calls()).isEmpty();
    }

    @Test
    void aPermanentFailureOfTheQueueIsRecordedAndNotified() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.queue.failingWith(new DependencyException("sqs", "queue does not exist"));

        StepResult result = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1"));

        assertThat(result.record().decision()).contains(DEPENDENCY_FAILURE);
        assertThat(result.licenseChecks()).isEmpty();
        assertThat(result.notifications()).extracting(Notification::reasonCodes)
                .containsExactly(List.of("DEPENDENCY_FAILURE", "DEPENDENCY_SQS"));
    }

    @Test
    void aPermanentFailureOfTheNotifierIsThrownUndecidedSoTheDeliveryEndsInTheDeadLetterQueue() {
        var pipeline = new Pipeline(OTHER_PERSON, theSampleLicence().build());
        pipeline.notifier.failingWith(new DependencyException("sns", "authorization error"));
        PackageRef ref = pipeline.upload(SAMPLE_FACE_MISMATCH, "v1");
        ApplicationId id = ApplicationId.of(SAMPLE_FACE_MISMATCH);

        for (int delivery = 1; delivery <= 4; delivery++) {
            assertThatThrownBy(() -> pipeline.process.process(ref))
                    .isInstanceOf(DependencyException.class)
                    .satisfies(e -> assertThat(((DependencyException) e).dependency()).isEqualTo("sns"));
        }

        assertThat(pipeline.repository.get(id).decision()).isEmpty();
        assertThat(pipeline.notifier.sent()).isEmpty();
    }

    @Test
    void aDeliveryRedrivenAfterTheNotifierIsFixedNotifiesAndDecides() {
        var broken = new Pipeline(OTHER_PERSON, theSampleLicence().build());
        broken.notifier.failingWith(new DependencyException("sns", "authorization error"));
        PackageRef ref = broken.upload(SAMPLE_FACE_MISMATCH, "v1");
        assertThatThrownBy(() -> broken.process.process(ref)).isInstanceOf(DependencyException.class);

        var fixed = broken.restartedAt(Pipeline.CLOCK.instant().plusSeconds(60));
        StepResult redriven = fixed.process.process(ref);

        assertThat(redriven.record().decision()).contains(KycDecision.rejected(DecisionReason.FACE_MISMATCH));
        assertThat(redriven.notifications()).extracting(Notification::kind)
                .containsExactly(Notification.Kind.FACE_MATCH_FAILED);
    }

    @Test
    void aNotifierThatKeepsTimingOutIsThrownOnEveryDeliveryAndNothingIsDecided() {
        var pipeline = new Pipeline(OTHER_PERSON, theSampleLicence().build());
        pipeline.notifier.failingWith(new TransientDependencyException("sns", "throttled"));
        PackageRef ref = pipeline.upload(SAMPLE_FACE_MISMATCH, "v1");

        for (int delivery = 1; delivery <= ProcessingOptions.defaults().maxAttempts() + 1; delivery++) {
            assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        }

        assertThat(pipeline.repository.get(ApplicationId.of(SAMPLE_FACE_MISMATCH)).decision()).isEmpty();
    }

    @Test
    void retriesExhaustedAreRecordedAndNotifiedOnTheLastAttempt() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.idReader.failingWith(new TransientDependencyException("textract", "throttled"));
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");

        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        StepResult last = pipeline.process.process(ref);

        assertThat(last.record().attempts()).isEqualTo(3);
        assertThat(last.record().decision()).contains(DEPENDENCY_FAILURE);
        assertThat(last.record().faceCheck()).isPresent();
        assertThat(last.notifications()).extracting(Notification::reasonCodes)
                .containsExactly(List.of("DEPENDENCY_FAILURE", "DEPENDENCY_TEXTRACT"));
    }

    @Test
    void aTransientFailureReadingThePackageIsThrownWithoutARecordSoItsRetriesEndInTheDeadLetterQueue() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.documents.breakingDownloadsAfter(10);
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");

        for (int delivery = 1; delivery <= ProcessingOptions.defaults().maxAttempts() + 1; delivery++) {
            assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        }

        assertThat(pipeline.repository.find(APP)).isEmpty();
        assertThat(pipeline.notifier.sent()).isEmpty();
    }

    @Test
    void aRecordedFailureIsADuplicateOnTheNextDelivery() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.idReader.failingWith(new DependencyException("textract", "access denied"));
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");
        pipeline.process.process(ref);

        StepResult again = pipeline.process.process(ref);

        assertThat(again.duplicate()).isTrue();
        assertThat(again.performed()).isEmpty();
        assertThat(pipeline.notifier.sent()).hasSize(1);
    }
}
