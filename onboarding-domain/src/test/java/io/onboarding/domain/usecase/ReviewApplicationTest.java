package io.onboarding.domain.usecase;

import static io.onboarding.domain.testing.TestApplications.SAMPLE_APPROVED;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.TransientDependencyException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewApplicationTest {
    private static final ApplicationId APP = ApplicationId.of(SAMPLE_APPROVED);
    private static final String NOTE = "Called the applicant, Mr Sample, at home";

    private final Pipeline needingReview = new Pipeline(new NoFaceInSelfie(), theSampleLicence().build());

    private ReviewApplication reviewOf(Pipeline pipeline) {
        return new ReviewApplication(pipeline.repository, pipeline.notifier, ProcessingOptions.defaults(),
                Pipeline.CLOCK);
    }

    private ApplicationRecord processed(Pipeline pipeline) {
        return pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();
    }

    private static ReviewApplication.Request approve() {
        return new ReviewApplication.Request(DecisionOutcome.APPROVED, "officer.jane", "SELFIE_RETAKEN_IN_BRANCH",
                Optional.of(NOTE));
    }

    @Test
    void anApprovalReplacesTheReferralAndIsRecordedWithWhoWhenAndWhy() {
        assertThat(processed(needingReview).decision().orElseThrow().outcome())
                .isEqualTo(DecisionOutcome.NEEDS_REVIEW);

        StepResult result = reviewOf(needingReview).review(APP, approve());

        ApplicationRecord record = result.record();
        assertThat(record.decision()).contains(KycDecision.approved());
        assertThat(record.review().orElseThrow().reviewer()).isEqualTo("officer.jane");
        assertThat(record.review().orElseThrow().note()).contains(NOTE);
        HistoryEvent reviewed = record.history().stream().filter(e -> e.kind() == HistoryEvent.Kind.REVIEWED)
                .findFirst().orElseThrow();
        assertThat(reviewed.actor()).isEqualTo("officer.jane");
        assertThat(reviewed.at()).isEqualTo(Pipeline.CLOCK.instant());
        assertThat(reviewed.before()).contains(DecisionOutcome.NEEDS_REVIEW);
        assertThat(reviewed.after()).contains(DecisionOutcome.APPROVED);
        assertThat(reviewed.codes()).containsExactly("SELFIE_RETAKEN_IN_BRANCH");
    }

    @Test
    void aRejectionCarriesTheReviewReason() {
        processed(needingReview);

        ApplicationRecord record = reviewOf(needingReview).review(APP, new ReviewApplication.Request(
                DecisionOutcome.REJECTED, "officer.jane", "DOCUMENT_FORGED", Optional.empty())).record();

        assertThat(record.decision()).contains(KycDecision.rejected(DecisionReason.REJECTED_IN_REVIEW));
    }

    @Test
    void theBankIsToldTheOutcomeAndReasonButNeverTheNote() {
        processed(needingReview);
        int before = needingReview.notifier.sent().size();

        StepResult result = reviewOf(needingReview).review(APP, approve());

        Notification sent = needingReview.notifier.sent().get(before);
        assertThat(sent).isEqualTo(new Notification(APP, Notification.Kind.REVIEWED,
                List.of("APPROVED", "SELFIE_RETAKEN_IN_BRANCH")));
        assertThat(result.notifications()).containsExactly(sent);
        assertThat(sent.toString()).doesNotContain("Sample").doesNotContain("home");
    }

    @Test
    void theSameRequestAgainChangesNothingAndNotifiesOnce() {
        processed(needingReview);
        ReviewApplication review = reviewOf(needingReview);
        ApplicationRecord first = review.review(APP, approve()).record();

        StepResult again = review.review(APP, approve());

        assertThat(again.duplicate()).isTrue();
        assertThat(again.record()).isEqualTo(first);
        assertThat(needingReview.notifier.kinds()).containsOnlyOnce(Notification.Kind.REVIEWED);
    }

    @Test
    void aDifferentReviewOfAReviewedApplicationIsRefused() {
        processed(needingReview);
        ReviewApplication review = reviewOf(needingReview);
        review.review(APP, approve());

        assertThatThrownBy(() -> review.review(APP, new ReviewApplication.Request(DecisionOutcome.REJECTED,
                "officer.jane", "SELFIE_RETAKEN_IN_BRANCH", Optional.of(NOTE))))
                .isInstanceOfSatisfying(ApplicationStateException.class,
                        e -> assertThat(e.code()).isEqualTo(ApplicationStateException.Code.ALREADY_REVIEWED));
    }

    @Test
    void anApplicationThatDoesNotNeedReviewCannotBeReviewed() {
        Pipeline approved = new Pipeline(new FacesCompared(99, 2), theSampleLicence().build());
        processed(approved);   // pending the licence check

        assertThatThrownBy(() -> reviewOf(approved).review(APP, approve()))
                .isInstanceOfSatisfying(ApplicationStateException.class, e -> {
                    assertThat(e.code()).isEqualTo(ApplicationStateException.Code.NOT_AWAITING_REVIEW);
                    assertThat(e.getMessage()).doesNotContain(NOTE);
                });
        assertThat(approved.repository.find(APP).orElseThrow().review()).isEmpty();
    }

    @Test
    void anUnknownApplicationCannotBeReviewed() {
        assertThatThrownBy(() -> reviewOf(needingReview).review(ApplicationId.of("0a0b0c0d"), approve()))
                .isInstanceOf(ApplicationNotFoundException.class);
    }

    @Test
    void aReviewWhoseNotificationFailedIsKeptAndARepeatSendsIt() {
        processed(needingReview);
        needingReview.notifier.failingOnceWith(new TransientDependencyException("sns", "throttled", null));
        ReviewApplication review = reviewOf(needingReview);

        assertThatThrownBy(() -> review.review(APP, approve())).isInstanceOf(TransientDependencyException.class);
        assertThat(needingReview.repository.find(APP).orElseThrow().decision()).contains(KycDecision.approved());

        StepResult repeated = review.review(APP, approve());

        assertThat(repeated.duplicate()).isFalse();
        assertThat(repeated.notifications()).extracting(Notification::kind).containsExactly(Notification.Kind.REVIEWED);
    }

    static Stream<Arguments> badRequests() {
        String longNote = "x".repeat(ReviewApplication.MAX_NOTE_LENGTH + 1);
        return Stream.of(
                Arguments.of(DecisionOutcome.NEEDS_REVIEW, "jane", "OK", Optional.empty(), List.of("outcome")),
                Arguments.of(DecisionOutcome.PENDING_LICENSE_VALIDATION, "jane", "OK", Optional.empty(),
                        List.of("outcome")),
                Arguments.of(null, "jane", "OK", Optional.empty(), List.of("outcome")),
                Arguments.of(DecisionOutcome.APPROVED, "", "OK", Optional.empty(), List.of("reviewer")),
                Arguments.of(DecisionOutcome.APPROVED, "jane doe", "OK", Optional.empty(), List.of("reviewer")),
                Arguments.of(DecisionOutcome.APPROVED, "jane", "not a code", Optional.empty(), List.of("reasonCode")),
                Arguments.of(DecisionOutcome.APPROVED, "jane", null, Optional.empty(), List.of("reasonCode")),
                Arguments.of(DecisionOutcome.APPROVED, "jane", "OK", Optional.of(longNote), List.of("note")),
                Arguments.of(DecisionOutcome.APPROVED, "jane", "OK", Optional.of(""), List.of("note")),
                Arguments.of(DecisionOutcome.APPROVED, "jane", "OK", Optional.of("a\u0000b"), List.of("note")),
                Arguments.of(DecisionOutcome.APPROVED, "jane", "OK", Optional.of("fine\u202Eevil"), List.of("note")),
                Arguments.of(null, "", "", Optional.of(""), List.of("outcome", "reviewer", "reasonCode", "note")));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void aBadRequestIsRefusedNamingTheMembersButNotTheirValues(DecisionOutcome outcome, String reviewer,
                                                               String reason, Optional<String> note,
                                                               List<String> expected) {
        assertThat(ReviewApplication.validate(outcome, reviewer, reason, note)).isEqualTo(expected);
        if (outcome != null && reviewer != null && reason != null) {
            assertThatThrownBy(() -> new ReviewApplication.Request(outcome, reviewer, reason, note))
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> note.filter(n -> n.length() > 3)
                            .ifPresent(n -> assertThat(e.getMessage()).doesNotContain(n)));
        }
    }

    @Test
    void aNoteMayHoldLinesAndTabs() {
        assertThat(ReviewApplication.validate(DecisionOutcome.APPROVED, "jane@bank.example", "OK",
                Optional.of("line one\n\tline two"))).isEmpty();
    }
}
