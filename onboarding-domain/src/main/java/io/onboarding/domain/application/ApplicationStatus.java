package io.onboarding.domain.application;

import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.SelfieQuality;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.model.SelfieFaces;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bank may see of an application: where it stands, its decision and reason codes, each check's outcome
 * (per field for the details, by code for the selfie), timestamps, the review and the history. Built from the record, it holds no declared
 * or extracted value and no review note, so it can be shown by an API or printed by a tool.
 */
public record ApplicationStatus(
        ApplicationId id,
        Stage stage,
        Optional<DecisionOutcome> decision,
        List<String> reasons,
        Optional<RefusalReason> refusal,
        Optional<String> face,
        Optional<SelfieCheck> selfie,
        Optional<Details> details,
        Optional<LicenseValidation> licenseValidation,
        Instant receivedAt,
        Instant updatedAt,
        Optional<Instant> decidedAt,
        Optional<ReviewSummary> review,
        Optional<Purge> purge,
        List<HistoryEvent> history) {

    /** Where an application is. */
    public enum Stage {
        /** The upload is registered; its files are being read or stored. */
        RECEIVED,
        /** The face and details checks are running or recorded, and nothing is decided yet. */
        CHECKING,
        /** Both checks passed; the third-party licence check has not answered. */
        WAITING_FOR_LICENSE_CHECK,
        /** Decided (a NEEDS_REVIEW decision waits for a reviewer). */
        DECIDED
    }

    /** The details check by field: each field's outcome and reason code, never the values. */
    public record Details(boolean documentSupported, boolean licenseExpired, List<FieldOutcome> fields) {
        public Details {
            fields = List.copyOf(fields);
        }
    }

    /**
     * The selfie check: {@code outcome} PASSED, FAILED or NOT_INSPECTED, the codes ({@code SELFIE_OK}, the issues'
     * reason codes or {@code SELFIE_NOT_INSPECTED}) and how many faces the inspector found when it looked. Never the
     * image nor its measures.
     */
    public record SelfieCheck(String outcome, List<String> codes, Optional<Integer> facesFound) {
        public SelfieCheck {
            codes = List.copyOf(codes);
        }

        static SelfieCheck of(SelfieQuality quality) {
            String outcome = !quality.inspected() ? "NOT_INSPECTED" : quality.passed() ? "PASSED" : "FAILED";
            Optional<Integer> faces = quality.inspection() instanceof SelfieFaces found
                    ? Optional.of(found.faces().size()) : Optional.empty();
            return new SelfieCheck(outcome, quality.codes(), faces);
        }
    }

    /** One declared field's comparison with the licence. */
    public record FieldOutcome(String field, String outcome, String reason) {
    }

    /** A review without its note (which may hold personal data); {@code hasNote} says whether one was left. */
    public record ReviewSummary(Instant at, String reviewer, DecisionOutcome outcome, String reasonCode,
                                boolean hasNote) {
    }

    public ApplicationStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        reasons = List.copyOf(reasons);
        history = List.copyOf(history);
    }

    public static ApplicationStatus of(ApplicationRecord record) {
        Optional<KycDecision> decision = record.decision();
        return new ApplicationStatus(
                record.id(),
                stage(record),
                decision.map(KycDecision::outcome),
                decision.map(d -> d.reasons().stream().map(Enum::name).toList()).orElse(List.of()),
                record.refusal(),
                record.faceCheck().map(f -> f.failure().map(Enum::name).orElse("MATCH")),
                record.faceCheck().flatMap(FaceCheck::quality).map(SelfieCheck::of),
                record.detailsCheck().map(ApplicationStatus::details),
                record.licenseValidation(),
                record.receivedAt(),
                record.updatedAt(),
                decidedAt(record),
                record.review().map(r -> new ReviewSummary(r.at(), r.reviewer(), r.outcome(), r.reasonCode(),
                        r.note().isPresent())),
                record.purge(),
                record.history());
    }

    private static Stage stage(ApplicationRecord record) {
        Optional<DecisionOutcome> outcome = record.decision().map(KycDecision::outcome);
        if (outcome.isPresent()) {
            return outcome.get() == DecisionOutcome.PENDING_LICENSE_VALIDATION
                    ? Stage.WAITING_FOR_LICENSE_CHECK : Stage.DECIDED;
        }
        return record.documents().isPresent() ? Stage.CHECKING : Stage.RECEIVED;
    }

    private static Details details(DetailsCheck check) {
        List<FieldOutcome> fields = check.fields().stream().map(ApplicationStatus::field).toList();
        return new Details(check.documentSupported(), check.licenseExpired(), fields);
    }

    private static FieldOutcome field(FieldMatch match) {
        return new FieldOutcome(match.field().name(), match.outcome().name(), match.reason().name());
    }

    /** When the latest decision was recorded (by the pipeline or a reviewer). */
    private static Optional<Instant> decidedAt(ApplicationRecord record) {
        if (record.decision().isEmpty()) {
            return Optional.empty();
        }
        List<HistoryEvent> events = record.history();
        for (int i = events.size() - 1; i >= 0; i--) {
            HistoryEvent event = events.get(i);
            if (event.kind() == HistoryEvent.Kind.DECIDED || event.kind() == HistoryEvent.Kind.REVIEWED) {
                return Optional.of(event.at());
            }
        }
        return Optional.of(record.updatedAt());
    }
}
