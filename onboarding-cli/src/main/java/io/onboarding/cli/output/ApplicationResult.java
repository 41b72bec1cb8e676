package io.onboarding.cli.output;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.port.Notification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the CLI reports about one application: the input package it came from (when it came from one in this run),
 * the stored record (when there is one), whether this run was a duplicate delivery, the notifications this run sent,
 * and the failure when the package could not be processed. Holds no personal data beyond what the record holds, and
 * prints none.
 *
 * @param packageName   the input file's name, for results of {@code process}
 * @param appUuid       the application id: the record's, else the one the file name gives, if any
 * @param sourceVersion the package version processed (SHA-256 of the zip), for results of {@code process}
 */
public record ApplicationResult(Optional<String> packageName, Optional<String> appUuid, Optional<String> sourceVersion,
                                Optional<ApplicationRecord> record, boolean duplicate,
                                List<Notification> notifications, Optional<Failure> failure) {

    /** Why a package could not be processed: the exception's type, the failing dependency (if one) and its text. */
    public record Failure(String type, Optional<String> dependency, boolean retryable, String message) {
        public Failure {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(dependency, "dependency");
            Objects.requireNonNull(message, "message");
        }
    }

    public ApplicationResult {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(appUuid, "appUuid");
        Objects.requireNonNull(sourceVersion, "sourceVersion");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(failure, "failure");
        notifications = List.copyOf(notifications);
    }

    /** A stored record, as {@code show} and {@code list} report it. */
    public static ApplicationResult ofRecord(ApplicationRecord record) {
        return new ApplicationResult(Optional.empty(), Optional.of(record.id().value()),
                Optional.of(record.sourceVersion()),
                Optional.of(record), false, List.of(), Optional.empty());
    }

    public Optional<KycDecision> decision() {
        return record.flatMap(ApplicationRecord::decision);
    }

    /**
     * True when the package could not be processed: an error escaped the use case, or the use case recorded that a
     * dependency kept failing (NEEDS_REVIEW / DEPENDENCY_FAILURE).
     */
    public boolean couldNotBeProcessed() {
        return failure.isPresent() || decision().filter(d -> d.reasons().contains(DecisionReason.DEPENDENCY_FAILURE))
                .isPresent();
    }

    /**
     * True when the failure was recorded: the use case decided NEEDS_REVIEW / DEPENDENCY_FAILURE and the failure
     * says which engine failed and how (a worker that crashed, ran out of memory or missed its deadline).
     */
    public boolean failureRecorded() {
        return failure.isPresent()
                && decision().filter(d -> d.reasons().contains(DecisionReason.DEPENDENCY_FAILURE)).isPresent();
    }

    public boolean approved() {
        return !couldNotBeProcessed() && decision().filter(d -> d.outcome() == DecisionOutcome.APPROVED).isPresent();
    }
}
