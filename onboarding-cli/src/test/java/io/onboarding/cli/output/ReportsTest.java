package io.onboarding.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.testing.TestApplications;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text report and the JSON line: outcomes and codes, never the applicant's values; null for checks not run. */
class ReportsTest {
    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
    private static final KycPolicy POLICY = KycPolicy.defaults();
    private static final ApplicantDetails APPLICANT = TestApplications.anApplicant().with(IdField.LAST_NAME, "JOHN")
            .build();

    private final TextReport text = new TextReport(POLICY.faceSimilarityThreshold());
    private final JsonReport json = new JsonReport();

    private static ApplicationRecord checked() {
        DetailsCheck details = POLICY.evaluateDetails(APPLICANT, TestApplications.theSampleLicence().build(),
                LocalDate.of(2026, 6, 1));
        var face = POLICY.evaluateFace(new FacesCompared(99.40717315673828, 2));
        return ApplicationRecord.accepted(ApplicationId.of("7a135804"), "abc", 1, APPLICANT, AT)
                .withFaceCheck(face, AT).withDetailsCheck(details, AT)
                .withDecision(POLICY.decide(face, details, Optional.empty(), false), AT);
    }

    private static ApplicationResult result(ApplicationRecord record, List<Notification> sent) {
        return new ApplicationResult(Optional.of("7a135804.zip"), Optional.of(record.id().value()),
                Optional.of("0123456789abcdef"), Optional.of(record), false, sent, Optional.empty());
    }

    @Test
    void reportsEveryFieldOutcomeAndNoDeclaredValue() {
        String report = text.render(result(checked(), List.of()));

        assertThat(report).startsWith("7a135804: REJECTED (DETAILS_MISMATCH)")
                .contains("package              7a135804.zip  sha256 0123456789ab")
                .contains("face check           passed   similarity 99.41 (threshold 80), 2 faces on the licence")
                .containsPattern("LAST_NAME +MISMATCH +DIFFERENT")
                .contains("licence validation   not run");
        for (String value : APPLICANT.asMap().values()) {
            assertThat(report).doesNotContain(value);
        }
        assertThat(text.withDeclaredValues().render(result(checked(), List.of()))).contains("JOHN");
    }

    @Test
    void writesTheChecksAsBooleansAndTheFieldsAsOutcomes() {
        var sent = new Notification(ApplicationId.of("7a135804"), Notification.Kind.DETAILS_MATCH_FAILED,
                List.of("DETAILS_MISMATCH", "LAST_NAME_MISMATCH"));

        JsonNode line = json.toJson(result(checked(), List.of(sent)));

        assertThat(line.get("licenseSelfieMatch").asBoolean()).isTrue();
        assertThat(line.get("licenseDetailsMatch").asBoolean()).isFalse();
        assertThat(line.get("licenseValidation").isNull()).isTrue();
        assertThat(line.get("faceSimilarity").asDouble()).isEqualTo(99.4072);
        assertThat(line.get("fieldResults").get("LAST_NAME").asText()).isEqualTo("MISMATCH");
        assertThat(line.get("fieldReasons").get("LAST_NAME").asText()).isEqualTo("DIFFERENT");
        assertThat(line.get("notifications").get(0).get("kind").asText()).isEqualTo("DETAILS_MATCH_FAILED");
        for (String value : APPLICANT.asMap().values()) {
            assertThat(line.toString()).doesNotContain("\"" + value + "\"");
        }
    }

    @Test
    void writesNullForEveryCheckOfAPackageThatFailedBeforeAnyRecord() {
        var failure = new ApplicationResult.Failure("IOException", Optional.of("input"), false, "unreadable");
        var failed = new ApplicationResult(Optional.of("x.zip"), Optional.empty(), Optional.empty(),
                Optional.empty(), false, List.of(), Optional.of(failure));

        JsonNode line = json.toJson(failed);

        for (String member : List.of("appUuid", "decision", "licenseSelfieMatch", "licenseDetailsMatch",
                "licenseValidation", "faceSimilarity", "fieldResults", "refusalReason")) {
            assertThat(line.get(member).isNull()).as(member).isTrue();
        }
        assertThat(line.get("error").get("dependency").asText()).isEqualTo("input");
        assertThat(text.render(failed)).startsWith("(no application id): FAILED, could not be processed");
        assertThat(failed.couldNotBeProcessed()).isTrue();
        assertThat(failed.approved()).isFalse();
    }

    @Test
    void showsControlCharactersOfAFileNameAsQuestionMarks() {
        var named = new ApplicationResult(Optional.of("a\u001b[2J\nb.zip"), Optional.empty(), Optional.empty(),
                Optional.empty(), false, List.of(), Optional.empty());

        assertThat(text.render(named)).contains("package              a?[2J?b.zip").doesNotContain("\u001b");
    }

    @Test
    void countsADependencyFailureDecisionAsNotProcessed() {
        ApplicationRecord record = ApplicationRecord.accepted(ApplicationId.of("a1"), "v", 1, APPLICANT, AT)
                .withDecision(POLICY.decideDependencyFailure(), AT);
        ApplicationRecord approved = ApplicationRecord.accepted(ApplicationId.of("a2"), "v", 1, APPLICANT, AT)
                .withDecision(KycDecision.approved(), AT);

        assertThat(ApplicationResult.ofRecord(record).couldNotBeProcessed()).isTrue();
        assertThat(ApplicationResult.ofRecord(approved).couldNotBeProcessed()).isFalse();
        assertThat(ApplicationResult.ofRecord(approved).approved()).isTrue();
    }
}
