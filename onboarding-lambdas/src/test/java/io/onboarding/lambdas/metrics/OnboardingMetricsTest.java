package io.onboarding.lambdas.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.Review;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.domain.usecase.StepResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnboardingMetricsTest {
    private static final ApplicationId ID = ApplicationId.of("8d247914");
    private static final Instant AT = RecordedMetrics.NOW;

    private final RecordedMetrics recorded = new RecordedMetrics();
    private final OnboardingMetrics metrics = recorded.metrics();

    private static ApplicationRecord accepted() {
        return ApplicationRecord.accepted(ID, "v1", 1, TestApplications.anApplicant().build(), AT);
    }

    private static StepResult changed(ApplicationRecord record) {
        return new StepResult(record, false, List.of());
    }

    private static ApplicationRecord failedOn(String dependencyCode) {
        return ApplicationRecord.unread(ID, "v1", 1, AT)
                .withEffectDone(Effect.NOTIFY_PROCESSING_FAILED,
                        List.of("PROCESSING_FAILED", "DEPENDENCY_FAILURE", dependencyCode), AT)
                .withDecision(KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE), AT);
    }

    private static ApplicationRecord reviewed() {
        ApplicationRecord referred = failedOn("DEPENDENCY_TEXTRACT");
        return referred.withReview(new Review(AT, "officer.jane", DecisionOutcome.REJECTED, "DOCUMENT_FORGED",
                Optional.of("called the branch"))).withEffectDone(Effect.NOTIFY_REVIEWED,
                List.of("REVIEWED", "REJECTED", "DOCUMENT_FORGED"), AT);
    }

    @Test
    void countsAReviewByItsOutcomeWhenThisCallNotifiedIt() {
        var notification = new Notification(ID, Notification.Kind.REVIEWED, List.of("REJECTED", "DOCUMENT_FORGED"));

        metrics.reviewed(new StepResult(reviewed(), false,
                List.of(new StepResult.Notified(Effect.NOTIFY_REVIEWED, notification))));

        assertThat(recorded.values(OnboardingMetrics.REVIEWS, OnboardingMetrics.OUTCOME)).containsExactly("REJECTED");
        assertThat(recorded.lines().toString()).doesNotContain("officer.jane").doesNotContain("branch");
    }

    @Test
    void aRepeatedReviewRequestCountsNothing() {
        metrics.reviewed(new StepResult(reviewed(), true, List.of()));

        assertThat(recorded.lines()).isEmpty();
    }

    @Test
    void countsADecisionThisCallRecordedByOutcomeAndOverall() {
        metrics.recorded(changed(accepted().withDecision(KycDecision.approved(), AT)));

        assertThat(recorded.values(OnboardingMetrics.DECISIONS, OnboardingMetrics.OUTCOME))
                .containsExactly("APPROVED");
        JsonNode line = recorded.lines().get(0);
        assertThat(line.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions").toString())
                .isEqualTo("[[\"Outcome\"],[]]");
        assertThat(line.get(OnboardingMetrics.DECISIONS).asLong()).isEqualTo(1);
    }

    @Test
    void countsARefusedPackageByItsReasonWithItsRejection() {
        ApplicationRecord refused = ApplicationRecord.refused(ID, "v1", 1, RefusalReason.SUSPICIOUS_COMPRESSION, AT)
                .withDecision(KycDecision.rejected(DecisionReason.PACKAGE_REFUSED), AT);

        metrics.recorded(changed(refused));

        assertThat(recorded.values(OnboardingMetrics.DECISIONS, OnboardingMetrics.OUTCOME))
                .containsExactly("REJECTED");
        assertThat(recorded.values(OnboardingMetrics.REFUSALS, OnboardingMetrics.REASON))
                .containsExactly("SUSPICIOUS_COMPRESSION");
    }

    @Test
    void countsADependencyFailureByTheServiceItsNotificationNamed() {
        metrics.recorded(changed(failedOn("DEPENDENCY_LICENSE_VALIDATOR")));

        assertThat(recorded.values(OnboardingMetrics.DECISIONS, OnboardingMetrics.OUTCOME))
                .containsExactly("NEEDS_REVIEW");
        assertThat(recorded.values(OnboardingMetrics.DEPENDENCY_FAILURES, OnboardingMetrics.SERVICE))
                .containsExactly("LICENSE_VALIDATOR");
        JsonNode failure = recorded.lines().stream().filter(l -> l.has(OnboardingMetrics.DEPENDENCY_FAILURES))
                .findFirst().orElseThrow();
        assertThat(failure.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions").toString())
                .as("also overall, for the rate alarm").isEqualTo("[[\"Service\"],[]]");
    }

    @Test
    void namesTheServiceUnknownWhenNoNotificationNamedOne() {
        ApplicationRecord record = ApplicationRecord.unread(ID, "v1", 1, AT)
                .withDecision(KycDecision.needsReview(DecisionReason.DEPENDENCY_FAILURE), AT);

        metrics.recorded(changed(record));

        assertThat(recorded.values(OnboardingMetrics.DEPENDENCY_FAILURES, OnboardingMetrics.SERVICE))
                .containsExactly(OnboardingMetrics.UNKNOWN_SERVICE);
    }

    @Test
    void countsNothingForADuplicateAPendingDecisionOrAnAnswerArrivingAfterTheDecision() {
        ApplicationRecord approved = accepted().withDecision(KycDecision.approved(), AT);
        ApplicationRecord pending = accepted()
                .withDecision(new KycDecision(DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of()), AT);
        ApplicationRecord lateAnswer = failedOn("DEPENDENCY_LICENSE_CHECK_TIMEOUT")
                .withLicenseValidation(LicenseValidation.VALID, AT);

        metrics.recorded(new StepResult(approved, true, List.of()));
        metrics.recorded(changed(pending));
        metrics.recorded(changed(lateAnswer));
        metrics.recorded(changed(accepted()));

        assertThat(recorded.text()).isEmpty();
    }

    @Test
    void measuresAStepsLatencyInMilliseconds() {
        long started = metrics.stepStarted();

        metrics.stepEnded("CheckFace", started);

        assertThat(recorded.values(OnboardingMetrics.STEP_LATENCY, OnboardingMetrics.STEP))
                .containsExactly("CheckFace");
        JsonNode line = recorded.lines().get(0);
        assertThat(line.get(OnboardingMetrics.STEP_LATENCY).asLong()).isEqualTo(RecordedMetrics.TICK_MILLIS);
        assertThat(line.get("_aws").get("CloudWatchMetrics").get(0).get("Metrics").get(0).get("Unit").asText())
                .isEqualTo("Milliseconds");
    }

    @Test
    void writesNoneOfTheApplicantsValues() {
        metrics.recorded(changed(accepted().withDecision(KycDecision.rejected(DecisionReason.DETAILS_MISMATCH), AT)));

        assertThat(recorded.text()).singleElement().asString()
                .doesNotContain("NICK", "SAMPLE", "TALLAHASSEE", "S123456579010", "1957", "MAIN", ID.value());
    }
}
