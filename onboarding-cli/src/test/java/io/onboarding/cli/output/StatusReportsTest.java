package io.onboarding.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.application.Purge;
import io.onboarding.domain.application.Review;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.testing.TestApplications;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status report and its JSON: every member, the history in order, no declared value and no review note. */
class StatusReportsTest {
    private static final Instant RECEIVED = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant REVIEWED = Instant.parse("2026-06-02T10:30:00Z");
    private static final Instant PURGED = Instant.parse("2026-06-03T08:00:00Z");
    private static final KycPolicy POLICY = KycPolicy.defaults();
    private static final ApplicantDetails APPLICANT = TestApplications.anApplicant().build();
    private static final String NOTE = "spoke to the applicant; canary-note-0815";

    private final StatusReport text = new StatusReport();
    private final StatusJson json = new StatusJson();

    /** Checked on a day after the sample licence expired, so the policy refers it; then reviewed and purged. */
    private static ApplicationRecord reviewedAndPurged() {
        DetailsCheck details = POLICY.evaluateDetails(APPLICANT, TestApplications.theSampleLicence().build(),
                LocalDate.of(2027, 2, 1));
        var face = POLICY.evaluateFace(new FacesCompared(99.4, 2));
        return ApplicationRecord.accepted(ApplicationId.of("8d247914"), "abc", 1, APPLICANT, RECEIVED)
                .withFaceCheck(face, RECEIVED).withDetailsCheck(details, RECEIVED)
                .withDecision(new KycDecision(DecisionOutcome.NEEDS_REVIEW, List.of(DecisionReason.LICENSE_EXPIRED)),
                        RECEIVED)
                .withReview(new Review(REVIEWED, "alice", DecisionOutcome.APPROVED, "RENEWAL_SEEN",
                        Optional.of(NOTE)))
                .withPurge(new Purge(PURGED, "ops-desk", "CUSTOMER_REQUEST"));
    }

    private static List<String> applicantValues() {
        return new ArrayList<>(APPLICANT.asMap().values());
    }

    @Test
    void reportsTheDecisionTheChecksTheReviewThePurgeAndTheHistory() {
        String report = text.render(ApplicationStatus.of(reviewedAndPurged()));

        assertThat(report).startsWith("8d247914: APPROVED\n")
                .contains("  stage                DECIDED\n")
                .contains("  face check           MATCH\n")
                .contains("  details check        document supported, licence EXPIRED\n")
                .containsPattern("    FIRST_NAME +MATCH +EXACT")
                .contains("  licence validation   not run\n")
                .contains("  received             2026-06-01T09:00:00Z\n")
                .contains("  decided              2026-06-02T10:30:00Z\n")
                .contains("  review               APPROVED RENEWAL_SEEN by alice at 2026-06-02T10:30:00Z;"
                        + " a note is kept with the record (not shown)\n")
                .contains("  documents            purged at 2026-06-03T08:00:00Z by ops-desk, CUSTOMER_REQUEST\n")
                .containsPattern("DECIDED +system +LICENSE_EXPIRED +-> NEEDS_REVIEW")
                .containsPattern("REVIEWED +alice +RENEWAL_SEEN +NEEDS_REVIEW -> APPROVED")
                .containsPattern("DOCUMENTS_PURGED +ops-desk +CUSTOMER_REQUEST\n");
        assertThat(report.indexOf("RECEIVED ")).isLessThan(report.indexOf("DECIDED  "));
        assertThat(report.indexOf("REVIEWED ")).isLessThan(report.indexOf("DOCUMENTS_PURGED"));
        assertThat(report).doesNotContain("canary-note").doesNotContain(applicantValues().toArray(String[]::new));
    }

    @Test
    void writesEveryMemberOfTheStatusAndNoValueNorNote() {
        JsonNode line = json.toJson(ApplicationStatus.of(reviewedAndPurged()));

        assertThat(line.fieldNames()).toIterable().containsExactly("appUuid", "stage", "decision", "reasons",
                "refusalReason", "face", "details", "licenseValidation", "receivedAt", "updatedAt", "decidedAt",
                "review", "purge", "history");
        assertThat(line.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(line.get("details").get("licenseExpired").asBoolean()).isTrue();
        assertThat(line.get("details").get("fields").get(0).toString())
                .isEqualTo("{\"field\":\"FIRST_NAME\",\"outcome\":\"MATCH\",\"reason\":\"EXACT\"}");
        assertThat(line.get("review").toString()).isEqualTo("{\"at\":\"2026-06-02T10:30:00Z\",\"reviewer\":"
                + "\"alice\",\"outcome\":\"APPROVED\",\"reasonCode\":\"RENEWAL_SEEN\",\"hasNote\":true}");
        assertThat(line.get("purge").get("requestedBy").asText()).isEqualTo("ops-desk");
        JsonNode reviewed = line.get("history").get(line.get("history").size() - 2);
        assertThat(reviewed.toString()).isEqualTo("{\"at\":\"2026-06-02T10:30:00Z\",\"kind\":\"REVIEWED\","
                + "\"actor\":\"alice\",\"codes\":[\"RENEWAL_SEEN\"],\"before\":\"NEEDS_REVIEW\",\"after\":\"APPROVED\"}");
        for (String value : applicantValues()) {
            assertThat(line.toString()).doesNotContain("\"" + value + "\"");
        }
        assertThat(line.toString()).doesNotContain("canary-note");
    }

    @Test
    void writesNullForWhatHasNotHappened() {
        var received = ApplicationRecord.accepted(ApplicationId.of("8d247914"), "abc", 1, APPLICANT, RECEIVED);

        JsonNode line = json.toJson(ApplicationStatus.of(received));
        String report = text.render(ApplicationStatus.of(received));

        for (String member : List.of("decision", "refusalReason", "face", "details", "licenseValidation",
                "decidedAt", "review", "purge")) {
            assertThat(line.get(member).isNull()).as(member).isTrue();
        }
        assertThat(line.get("stage").asText()).isEqualTo("RECEIVED");
        assertThat(line.get("reasons")).isEmpty();
        assertThat(line.get("history")).hasSize(1);
        assertThat(report).startsWith("8d247914: RECEIVED, no decision yet").contains("review               none")
                .contains("documents            kept").contains("history              1 event\n");
    }

    @Test
    void saysAReferredApplicationAwaitsReview() {
        var referred = ApplicationRecord.accepted(ApplicationId.of("8d247914"), "abc", 1, APPLICANT, RECEIVED)
                .withDecision(new KycDecision(DecisionOutcome.NEEDS_REVIEW, List.of(DecisionReason.LICENSE_EXPIRED)),
                        RECEIVED);

        assertThat(text.render(ApplicationStatus.of(referred))).startsWith("8d247914: NEEDS_REVIEW (LICENSE_EXPIRED)")
                .contains("review               awaiting review");
    }
}
