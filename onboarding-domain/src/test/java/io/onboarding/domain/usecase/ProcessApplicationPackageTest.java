package io.onboarding.domain.usecase;

import static io.onboarding.domain.testing.TestApplications.SAMPLE_APPROVED;
import static io.onboarding.domain.testing.TestApplications.SAMPLE_DETAILS_MISMATCH;
import static io.onboarding.domain.testing.TestApplications.SAMPLE_FACE_MISMATCH;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.EffectState;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.decision.LicenseValidationTrigger;
import io.onboarding.domain.matching.MatchOutcome;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.model.UnsupportedDocument;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentNotFoundException;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.RecordingNotifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessApplicationPackageTest {
    private static final FacesCompared SAME_PERSON = new FacesCompared(99.2, 2);
    private static final FacesCompared OTHER_PERSON = new FacesCompared(0, 2);

    @Test
    void passesBothChecksAndQueuesLicenceCheckForSample8d247914() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");

        ApplicationRecord record = pipeline.process.process(ref).record();

        assertThat(record.faceCheck().orElseThrow().passed()).isTrue();
        assertThat(record.detailsCheck().orElseThrow().passed()).isTrue();
        assertThat(record.decision()).contains(new KycDecision(DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of()));
        assertThat(pipeline.queue.queued()).containsExactly(
                new LicenseCheckRequest("S123456579010", true, ApplicationId.of(SAMPLE_APPROVED)));
        assertThat(pipeline.notifier.sent()).isEmpty();
        assertThat(pipeline.repository.get(ApplicationId.of(SAMPLE_APPROVED))).isEqualTo(record);
    }

    @Test
    void storesTheThreeFilesUnderUnzippedWithTheirContentTypes() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());

        pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(pipeline.documents.storedKeys()).containsExactlyInAnyOrder(
                "unzipped/8d247914_details.csv", "unzipped/8d247914_selfie.png", "unzipped/8d247914_license.png");
        assertThat(pipeline.documents.stored("unzipped/8d247914_license.png").contentType()).isEqualTo("image/png");
        assertThat(new String(pipeline.documents.stored("unzipped/8d247914_details.csv").content(),
                StandardCharsets.UTF_8)).contains("NICK,SAMPLE,TALLAHASSEE");
        assertThat(pipeline.faces.calls()).singleElement().satisfies(call -> {
            assertThat(call.selfie().key()).isEqualTo("unzipped/8d247914_selfie.png");
            assertThat(call.idDocument().key()).isEqualTo("unzipped/8d247914_license.png");
            assertThat(call.minimumSimilarity()).isEqualTo(80.0);
        });
    }

    @Test
    void failsDetailsOnLastNameAndNotifiesTheBankForSample7a135804() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());

        ApplicationRecord record = pipeline.process.process(pipeline.upload(SAMPLE_DETAILS_MISMATCH, "v1")).record();

        var details = record.detailsCheck().orElseThrow();
        assertThat(details.passed()).isFalse();
        assertThat(details.fieldsWith(MatchOutcome.MISMATCH)).contains(IdField.LAST_NAME);
        assertThat(record.faceCheck().orElseThrow().passed()).isTrue();
        assertThat(record.decision().orElseThrow().outcome()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(record.decision().orElseThrow().reasons()).contains(DecisionReason.DETAILS_MISMATCH);
        assertThat(pipeline.notifier.sent()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.DETAILS_MATCH_FAILED);
            assertThat(n.reasonCodes()).contains("DETAILS_MISMATCH", "LAST_NAME_MISMATCH");
        });
        assertThat(pipeline.queue.queued()).isEmpty();
    }

    @Test
    void failsFaceButStillChecksDetailsForSample9c358026() {
        var pipeline = new Pipeline(OTHER_PERSON, theSampleLicence().build());

        ApplicationRecord record = pipeline.process.process(pipeline.upload(SAMPLE_FACE_MISMATCH, "v1")).record();

        assertThat(record.faceCheck().orElseThrow().passed()).isFalse();
        assertThat(record.detailsCheck().orElseThrow().passed()).isTrue();
        assertThat(record.decision()).contains(KycDecision.rejected(DecisionReason.FACE_MISMATCH));
        assertThat(pipeline.notifier.sent()).containsExactly(new Notification(ApplicationId.of(SAMPLE_FACE_MISMATCH),
                Notification.Kind.FACE_MATCH_FAILED, List.of("FACE_MISMATCH")));
        assertThat(pipeline.queue.queued()).isEmpty();
    }

    @Test
    void duplicateDeliveryOfTheSameVersionChangesNothingAndRepeatsNothing() {
        var pipeline = new Pipeline(OTHER_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload(SAMPLE_FACE_MISMATCH, "v1");
        ApplicationRecord first = pipeline.process.process(ref).record();
        int revisions = pipeline.repository.history().size();

        ApplicationRecord second = pipeline.process.process(ref).record();

        assertThat(second).isEqualTo(first);
        assertThat(pipeline.repository.history()).hasSize(revisions);
        assertThat(pipeline.notifier.sent()).hasSize(1);
        assertThat(pipeline.faces.calls()).hasSize(1);
    }

    @Test
    void duplicateDeliveryQueuesTheLicenceCheckOnce() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");

        pipeline.process.process(ref).record();
        pipeline.process.process(ref).record();

        assertThat(pipeline.queue.queued()).hasSize(1);
    }

    @Test
    void changedReUploadIsProcessedAgain() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        ApplicationRecord first = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        ApplicationRecord second = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v2")).record();

        assertThat(second.sourceVersion()).isEqualTo("v2");
        assertThat(second.revision()).isGreaterThan(first.revision());
        assertThat(pipeline.queue.queued()).hasSize(2);
        assertThat(pipeline.faces.calls()).hasSize(2);
    }

    @Test
    void refersToReviewAndNotifiesWhenNoFaceInSelfie() {
        var pipeline = new Pipeline(new NoFaceInSelfie(), theSampleLicence().build());

        ApplicationRecord record = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(record.decision()).contains(KycDecision.needsReview(DecisionReason.NO_FACE_IN_SELFIE));
        assertThat(pipeline.notifier.sent()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.FACE_MATCH_FAILED);
            assertThat(n.reasonCodes()).containsExactly("NO_FACE_IN_SELFIE");
        });
        assertThat(record.detailsCheck().orElseThrow().passed()).isTrue();
    }

    @Test
    void recordsNoFaceOnDocumentAsItsOwnReason() {
        var pipeline = new Pipeline(new NoFaceOnDocument(), theSampleLicence().build());

        ApplicationRecord record = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(record.decision()).contains(KycDecision.needsReview(DecisionReason.NO_FACE_ON_DOCUMENT));
    }

    @Test
    void refersUnsupportedDocumentsAndNotifiesDetailsFailure() {
        var pipeline = new Pipeline(SAME_PERSON, new UnsupportedDocument("UnsupportedDocumentException"));

        ApplicationRecord record = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(record.decision()).contains(KycDecision.needsReview(DecisionReason.DOCUMENT_UNSUPPORTED));
        assertThat(pipeline.notifier.sent()).singleElement()
                .satisfies(n -> assertThat(n.reasonCodes()).containsExactly("DOCUMENT_UNSUPPORTED"));
    }

    @Test
    void refersExpiredLicenceToReviewByDefault() {
        Clock after2027 = Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC);
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build(), KycPolicy.defaults(),
                ProcessingOptions.defaults(), after2027);

        ApplicationRecord record = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(record.detailsCheck().orElseThrow().licenseExpired()).isTrue();
        assertThat(record.decision()).contains(KycDecision.needsReview(DecisionReason.LICENSE_EXPIRED));
    }

    @Test
    void queuesEveryAcceptedPackageWhenPolicySaysAlways() {
        var policy = KycPolicy.defaults().withLicenseValidation(LicenseValidationTrigger.ALWAYS);
        var pipeline = new Pipeline(OTHER_PERSON, theSampleLicence().build(), policy, ProcessingOptions.defaults(),
                Pipeline.CLOCK);

        ApplicationRecord record = pipeline.process.process(pipeline.upload(SAMPLE_FACE_MISMATCH, "v1")).record();

        assertThat(pipeline.queue.queued()).hasSize(1);
        assertThat(record.decision().orElseThrow().outcome()).isEqualTo(DecisionOutcome.REJECTED);
    }

    @Test
    void putsTheConfiguredValidationOverrideOnTheQueuedCheck() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build(), KycPolicy.defaults(),
                ProcessingOptions.defaults().withValidationOverride(false), Pipeline.CLOCK);

        pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(pipeline.queue.queued()).singleElement()
                .satisfies(request -> assertThat(request.validationOverride()).isFalse());
    }

    @Test
    void recordsAndNotifiesARefusedPackageWithoutStoringAnything() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload("abc123", "v1", "this is not a zip".getBytes(StandardCharsets.UTF_8));

        ApplicationRecord record = pipeline.process.process(ref).record();

        assertThat(record.refusal()).contains(RefusalReason.NOT_A_ZIP);
        assertThat(record.decision()).contains(KycDecision.rejected(DecisionReason.PACKAGE_REFUSED));
        assertThat(pipeline.documents.storedKeys()).isEmpty();
        assertThat(pipeline.notifier.sent()).containsExactly(new Notification(ApplicationId.of("abc123"),
                Notification.Kind.PACKAGE_REFUSED, List.of("PACKAGE_REFUSED", "NOT_A_ZIP")));
        assertThat(pipeline.faces.calls()).isEmpty();
    }

    @Test
    void refusesAPackageWhoseEntriesNameAnotherApplication() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload("someoneelse", "v1",
                io.onboarding.domain.testing.TestApplications.samplePackage(SAMPLE_APPROVED));

        ApplicationRecord record = pipeline.process.process(ref).record();

        assertThat(record.refusal()).isPresent();
        assertThat(pipeline.documents.storedKeys()).isEmpty();
    }

    @Test
    void duplicateDeliveryOfARefusedPackageNotifiesOnce() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload("abc123", "v1", new byte[] {1, 2, 3});

        pipeline.process.process(ref).record();
        pipeline.process.process(ref).record();

        assertThat(pipeline.notifier.sent()).hasSize(1);
    }

    @Test
    void recordsAPackageWhoseKeyNamesNoValidIdUnderAHashedId() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload("bad name with spaces", "v1", new byte[] {1});

        ApplicationRecord record = pipeline.process.process(ref).record();

        assertThat(record.id().value()).startsWith("invalid-").doesNotContain("bad");
        assertThat(record.refusal()).contains(RefusalReason.INVALID_APPLICATION_ID);
        assertThat(pipeline.notifier.kinds()).containsExactly(Notification.Kind.PACKAGE_REFUSED);
    }

    @Test
    void rethrowsATransientFailureSoTheDeliveryIsRetried() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.faces.failingOnceWith(new TransientDependencyException("rekognition", "throttled"));
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");

        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        ApplicationRecord retried = pipeline.process.process(ref).record();

        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(retried.decision().orElseThrow().outcome()).isEqualTo(DecisionOutcome.PENDING_LICENSE_VALIDATION);
        assertThat(pipeline.queue.queued()).hasSize(1);
    }

    @Test
    void reusesAFinishedCheckWhenALaterStepFailedAndIsRetried() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.idReader.failingOnceWith(new TransientDependencyException("textract", "timeout"));
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");

        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        pipeline.process.process(ref).record();

        assertThat(pipeline.faces.calls()).hasSize(1);
        assertThat(pipeline.idReader.reads()).hasSize(2);
    }

    @Test
    void recordsAndNotifiesADependencyFailureOnceRetriesAreExhausted() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.faces.failingWith(new TransientDependencyException("rekognition", "throttled"));
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");

        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        ApplicationRecord third = pipeline.process.process(ref).record();
        pipeline.process.process(ref).record();

        assertThat(third.decision()).contains(KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE));
        assertThat(pipeline.notifier.sent()).containsExactly(new Notification(ApplicationId.of(SAMPLE_APPROVED),
                Notification.Kind.PROCESSING_FAILED, List.of("DEPENDENCY_FAILURE", "DEPENDENCY_REKOGNITION")));
    }

    @Test
    void recordsAPermanentDependencyFailureAtOnce() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.idReader.failingWith(new DependencyException("textract", "access denied"));

        ApplicationRecord record = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(record.decision()).contains(KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE));
        assertThat(pipeline.notifier.kinds()).containsExactly(Notification.Kind.PROCESSING_FAILED);
    }

    @Test
    void sendsANotificationThatFailedOnTheRetryExactlyOnce() {
        var pipeline = new Pipeline(OTHER_PERSON, theSampleLicence().build());
        pipeline.notifier.failingOnceWith(new TransientDependencyException("sns", "throttled"));
        PackageRef ref = pipeline.upload(SAMPLE_FACE_MISMATCH, "v1");

        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        pipeline.process.process(ref).record();
        pipeline.process.process(ref).record();

        assertThat(pipeline.notifier.kinds()).containsExactly(Notification.Kind.FACE_MATCH_FAILED);
    }

    @Test
    void aProcessThatDiedWhileNotifyingLeavesNoDecisionAndItsClaimIsTakenOverAfterTheLease() {
        var died = new Pipeline(OTHER_PERSON, theSampleLicence().build());
        PackageRef ref = died.upload(SAMPLE_FACE_MISMATCH, "v1");
        died.notifier.dyingOnce();
        assertThatThrownBy(() -> died.process.process(ref)).isInstanceOf(RecordingNotifier.ProcessDied.class);
        ApplicationRecord left = died.repository.get(ApplicationId.of(SAMPLE_FACE_MISMATCH));
        assertThat(left.decision()).as("a decision would make every redelivery a duplicate").isEmpty();
        assertThat(left.effect(Effect.NOTIFY_FACE_MATCH_FAILED).orElseThrow().status())
                .isEqualTo(EffectState.Status.CLAIMED);

        var soon = died.restartedAt(Pipeline.CLOCK.instant().plusSeconds(60));
        assertThatThrownBy(() -> soon.process.process(ref)).isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("NOTIFY_FACE_MATCH_FAILED is claimed by another process");
        assertThat(soon.repository.get(ApplicationId.of(SAMPLE_FACE_MISMATCH)).decision()).isEmpty();

        var later = died.restartedAt(Pipeline.CLOCK.instant().plus(ProcessingOptions.defaults().claimLease()));
        ApplicationRecord record = later.process.process(ref).record();
        later.process.process(ref);

        assertThat(record.decision()).contains(KycDecision.rejected(DecisionReason.FACE_MISMATCH));
        assertThat(later.notifier.kinds()).containsExactly(Notification.Kind.FACE_MATCH_FAILED);
    }

    @Test
    void aRefusalIsDecidedOnlyOnceItsNotificationIsSentSoARedeliveryAfterACrashSendsIt() {
        var died = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = died.upload("a0000001", "v1", "not a zip".getBytes(StandardCharsets.UTF_8));
        died.notifier.dyingOnce();
        assertThatThrownBy(() -> died.process.process(ref)).isInstanceOf(RecordingNotifier.ProcessDied.class);
        assertThat(died.repository.get(ApplicationId.of("a0000001")).decision()).isEmpty();

        var later = died.restartedAt(Pipeline.CLOCK.instant().plus(ProcessingOptions.defaults().claimLease()));
        ApplicationRecord record = later.process.process(ref).record();
        later.process.process(ref);

        assertThat(record.decision()).contains(KycDecision.rejected(DecisionReason.PACKAGE_REFUSED));
        assertThat(later.notifier.sent()).containsExactly(new Notification(ApplicationId.of("a0000001"),
                Notification.Kind.PACKAGE_REFUSED, List.of("PACKAGE_REFUSED", "NOT_A_ZIP")));
    }

    @Test
    void aDependencyFailureIsDecidedOnlyOnceItsNotificationIsSent() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.faces.failingWith(new DependencyException("rekognition", "image too large"));
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");
        pipeline.notifier.failingOnceWith(new TransientDependencyException("sns", "throttled"));

        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        assertThat(pipeline.repository.get(ApplicationId.of(SAMPLE_APPROVED)).decision()).isEmpty();
        ApplicationRecord record = pipeline.process.process(ref).record();

        assertThat(record.decision()).contains(new KycDecision(DecisionOutcome.NEEDS_REVIEW,
                List.of(DecisionReason.DEPENDENCY_FAILURE)));
        assertThat(pipeline.notifier.kinds()).containsExactly(Notification.Kind.PROCESSING_FAILED);
    }

    @Test
    void performsAnEffectWhoseClaimLandedAlthoughTheStoresAnswerWasLost() {
        var pipeline = new Pipeline(OTHER_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload(SAMPLE_FACE_MISMATCH, "v1");
        pipeline.repository.losingTheAnswerOnce(record -> record.effect(Effect.NOTIFY_FACE_MATCH_FAILED)
                .map(state -> state.status() == EffectState.Status.CLAIMED).orElse(false));

        ApplicationRecord record = pipeline.process.process(ref).record();

        assertThat(pipeline.notifier.kinds()).containsExactly(Notification.Kind.FACE_MATCH_FAILED);
        assertThat(record.effect(Effect.NOTIFY_FACE_MATCH_FAILED).orElseThrow().isDone()).isTrue();
    }

    @Test
    void registersOnceWhenTheStoresAnswerToTheFirstWriteIsLost() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");
        pipeline.repository.losingTheAnswerOnce(record -> record.revision() == 1);

        ApplicationRecord record = pipeline.process.process(ref).record();

        assertThat(record.decision().orElseThrow().outcome()).isEqualTo(DecisionOutcome.PENDING_LICENSE_VALIDATION);
        assertThat(pipeline.queue.queued()).hasSize(1);
    }

    @Test
    void queuesACheckThatFailedOnTheRetryExactlyOnce() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        pipeline.queue.failingOnceWith(new TransientDependencyException("sqs", "unavailable"));
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");

        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);
        pipeline.process.process(ref).record();

        assertThat(pipeline.queue.queued()).hasSize(1);
    }

    @Test
    void treatsABrokenDownloadAsATransientFailureNotARefusal() {
        var pipeline = new Pipeline(SAME_PERSON, theSampleLicence().build());
        PackageRef ref = pipeline.upload(SAMPLE_APPROVED, "v1");
        pipeline.documents.breakingDownloadsAfter(1000);

        assertThatThrownBy(() -> pipeline.process.process(ref)).isInstanceOf(TransientDependencyException.class);

        assertThat(pipeline.repository.find(ApplicationId.of(SAMPLE_APPROVED))).isEmpty();
        assertThat(pipeline.notifier.sent()).isEmpty();
    }
}
