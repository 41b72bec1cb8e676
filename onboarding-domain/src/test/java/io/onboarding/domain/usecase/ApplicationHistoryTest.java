package io.onboarding.domain.usecase;

import static io.onboarding.domain.application.HistoryEvent.Kind.DECIDED;
import static io.onboarding.domain.application.HistoryEvent.Kind.DETAILS_CHECKED;
import static io.onboarding.domain.application.HistoryEvent.Kind.DOCUMENTS_STORED;
import static io.onboarding.domain.application.HistoryEvent.Kind.FACE_CHECKED;
import static io.onboarding.domain.application.HistoryEvent.Kind.LICENSE_CHECK_QUEUED;
import static io.onboarding.domain.application.HistoryEvent.Kind.LICENSE_VALIDATED;
import static io.onboarding.domain.application.HistoryEvent.Kind.NOTIFIED;
import static io.onboarding.domain.application.HistoryEvent.Kind.RECEIVED;
import static io.onboarding.domain.application.HistoryEvent.Kind.REDELIVERED;
import static io.onboarding.domain.application.HistoryEvent.Kind.REFUSED;
import static io.onboarding.domain.testing.TestApplications.SAMPLE_APPROVED;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceInSelfie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The history every record keeps: what happened, in order, with codes only. */
class ApplicationHistoryTest {
    private static final ApplicationId APP = ApplicationId.of(SAMPLE_APPROVED);
    /** Every value the sample applicant declared, and a review note: none may appear in a status. */
    private static final List<String> PERSONAL = List.of("NICK", "SAMPLE", "TALLAHASSEE", "000001234",
            "S123456579010", "01/12/1957", "1957", "123 MAIN", "Mr Sample called");

    @Test
    void anApprovedApplicationsHistoryFollowsItsStepsInOrder() {
        var pipeline = new Pipeline(new FacesCompared(99, 2), theSampleLicence().build());
        pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1"));

        ApplicationRecord record = pipeline.submit.submit(pipeline.queue.queued().get(0)).record();

        assertThat(record.history()).extracting(HistoryEvent::kind).containsExactly(RECEIVED, DOCUMENTS_STORED,
                FACE_CHECKED, DETAILS_CHECKED, LICENSE_CHECK_QUEUED, DECIDED, LICENSE_VALIDATED, DECIDED);
        assertThat(record.history()).allSatisfy(e -> assertThat(e.actor()).isEqualTo(HistoryEvent.SYSTEM));
        HistoryEvent details = record.history().get(3);
        assertThat(details.codes()).contains("FIRST_NAME_MATCH", "DOCUMENT_NUMBER_MATCH").hasSize(8);
        HistoryEvent pending = record.history().get(5);
        assertThat(pending.before()).isEmpty();
        assertThat(pending.after()).contains(DecisionOutcome.PENDING_LICENSE_VALIDATION);
        HistoryEvent approved = record.history().get(7);
        assertThat(approved.before()).contains(DecisionOutcome.PENDING_LICENSE_VALIDATION);
        assertThat(approved.after()).contains(DecisionOutcome.APPROVED);
        assertThat(record.history().get(6).codes()).containsExactly("VALID");
    }

    @Test
    void aFailedCheckRecordsItsReasonAndTheNotificationSent() {
        var pipeline = new Pipeline(new FacesCompared(12, 1), theSampleLicence().build());

        ApplicationRecord record = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(record.history()).extracting(HistoryEvent::kind)
                .containsExactly(RECEIVED, DOCUMENTS_STORED, FACE_CHECKED, DETAILS_CHECKED, NOTIFIED, DECIDED);
        assertThat(record.history().get(2).codes()).containsExactly("FACE_MISMATCH", "SELFIE_OK");
        assertThat(record.history().get(4).codes()).containsExactly("FACE_MATCH_FAILED", "FACE_MISMATCH");
        assertThat(record.history().get(5).codes()).containsExactly("FACE_MISMATCH");
    }

    @Test
    void aRefusedPackageRecordsItsRefusal() {
        var pipeline = new Pipeline(new FacesCompared(99, 2), theSampleLicence().build());

        ApplicationRecord record = pipeline.process.process(
                pipeline.upload(SAMPLE_APPROVED, "v1", "not a zip".getBytes(StandardCharsets.US_ASCII))).record();

        assertThat(record.history()).extracting(HistoryEvent::kind).containsExactly(REFUSED, NOTIFIED, DECIDED);
        assertThat(record.history().get(0).codes()).containsExactly("NOT_A_ZIP");
    }

    @Test
    void aRedeliveryIsRecordedAsAnotherAttempt() {
        var pipeline = new Pipeline(new FacesCompared(99, 2), theSampleLicence().build());
        var receive = new ApplicationStepsTest().receiveStep(pipeline);
        receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1"));

        ApplicationRecord record = receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1")).record();

        assertThat(record.history()).extracting(HistoryEvent::kind).containsExactly(RECEIVED, DOCUMENTS_STORED,
                REDELIVERED);
        assertThat(record.history().get(2).codes()).containsExactly("ATTEMPT_2");
    }

    @Test
    void aNewUploadOfTheSameIdKeepsTheEarlierUploadsHistory() {
        var pipeline = new Pipeline(new FacesCompared(12, 1), theSampleLicence().build());
        List<HistoryEvent> first = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record()
                .history();

        ApplicationRecord second = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v2")).record();

        assertThat(second.sourceVersion()).isEqualTo("v2");
        assertThat(second.history()).startsWith(first.toArray(HistoryEvent[]::new));
        assertThat(second.history()).hasSize(first.size() * 2);
    }

    @Test
    void theStatusFollowsTheApplicationFromReceivedToDecided() {
        var pipeline = new Pipeline(new FacesCompared(99, 2), theSampleLicence().build());
        var receive = new ApplicationStepsTest().receiveStep(pipeline);

        ApplicationRecord received = receive.receive(pipeline.upload(SAMPLE_APPROVED, "v1")).record();
        assertThat(ApplicationStatus.of(received).stage()).isEqualTo(ApplicationStatus.Stage.CHECKING);
        ApplicationRecord pending = pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();
        assertThat(ApplicationStatus.of(pending).stage())
                .isEqualTo(ApplicationStatus.Stage.WAITING_FOR_LICENSE_CHECK);
        assertThat(ApplicationStatus.of(pending).decidedAt()).isPresent();
        ApplicationRecord decided = pipeline.submit.submit(pipeline.queue.queued().get(0)).record();

        ApplicationStatus status = ApplicationStatus.of(decided);
        assertThat(status.stage()).isEqualTo(ApplicationStatus.Stage.DECIDED);
        assertThat(status.decision()).contains(DecisionOutcome.APPROVED);
        assertThat(status.face()).contains("MATCH");
        assertThat(status.details().orElseThrow().fields()).hasSize(8)
                .allSatisfy(f -> assertThat(f.outcome()).isEqualTo("MATCH"));
        assertThat(status.history()).isEqualTo(decided.history());
    }

    @Test
    void anUnreadPackageIsReceivedButNotChecking() {
        ApplicationRecord unread = ApplicationRecord.unread(APP, "v1", 1, Pipeline.CLOCK.instant());

        assertThat(ApplicationStatus.of(unread).stage()).isEqualTo(ApplicationStatus.Stage.RECEIVED);
        assertThat(ApplicationStatus.of(unread).decidedAt()).isEmpty();
    }

    @Test
    void aStatusHoldsNoDeclaredValueAndNoReviewNote() {
        var pipeline = new Pipeline(new NoFaceInSelfie(), theSampleLicence().build());
        pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1"));
        ApplicationRecord reviewed = new ReviewApplication(pipeline.repository, pipeline.notifier,
                ProcessingOptions.defaults(), Pipeline.CLOCK).review(APP, new ReviewApplication.Request(
                DecisionOutcome.APPROVED, "officer.jane", "SEEN_IN_BRANCH", Optional.of("Mr Sample called")))
                .record();
        assertThat(reviewed.review().orElseThrow().note()).contains("Mr Sample called");  // the canary is there
        assertThat(reviewed.toString() + reviewed.review()).doesNotContain("Mr Sample called");

        ApplicationStatus status = ApplicationStatus.of(reviewed);

        String shown = status.toString();
        assertThat(status.review().orElseThrow().hasNote()).isTrue();
        assertThat(PERSONAL).allSatisfy(value -> assertThat(shown).doesNotContain(value));
    }
}
