package io.onboarding.cli.output;

import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.application.Purge;
import io.onboarding.domain.decision.DecisionOutcome;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The human-readable status of one application, from the domain's {@link ApplicationStatus}: the stage, the
 * decision and its reason codes, each check's outcome (per field for the details), the timestamps, the review
 * without its note, the purge, and the history in order. Like the status itself, it holds no declared or extracted
 * value and no review note.
 */
public final class StatusReport {
    private static final String LABEL = "  %-20s %s%n";

    /** The whole status, headed by the application id and where it stands. */
    public String render(ApplicationStatus status) {
        var out = new StringBuilder();
        out.append(status.id().value()).append(": ").append(headline(status)).append(System.lineSeparator());
        line(out, "stage", status.stage().name());
        line(out, "decision", decision(status));
        status.refusal().ifPresent(reason -> line(out, "refused at intake", reason.name()));
        line(out, "face check", status.face().orElse("not run"));
        line(out, "details check", status.details().map(StatusReport::details).orElse("not run"));
        status.details().ifPresent(details -> {
            for (ApplicationStatus.FieldOutcome field : details.fields()) {
                out.append(String.format(Locale.ROOT, "    %-22s %-11s %s%n", field.field(), field.outcome(),
                        field.reason()));
            }
        });
        line(out, "licence validation", status.licenseValidation().map(Enum::name).orElse("not run"));
        line(out, "received", status.receivedAt().toString());
        line(out, "updated", status.updatedAt().toString());
        line(out, "decided", status.decidedAt().map(Instant::toString).orElse("not yet"));
        out.append(audit(status));
        return out.toString();
    }

    /**
     * The review, the purge and the history: what {@code show} adds to its report of the checks.
     */
    public String audit(ApplicationStatus status) {
        var out = new StringBuilder();
        line(out, "review", status.review().map(StatusReport::review)
                .orElse(status.decision().filter(d -> d == DecisionOutcome.NEEDS_REVIEW).isPresent()
                        ? "awaiting review" : "none"));
        line(out, "documents", status.purge().map(StatusReport::purge).orElse("kept"));
        line(out, "history", status.history().size() + " event" + (status.history().size() == 1 ? "" : "s"));
        for (HistoryEvent event : status.history()) {
            out.append(String.format(Locale.ROOT, "    %-30s %-20s %-16s %s%s%n", event.at(), event.kind().name(),
                    printable(event.actor()), event.codes().isEmpty() ? "-" : String.join(", ", event.codes()),
                    change(event.before(), event.after())));
        }
        return out.toString();
    }

    private static String headline(ApplicationStatus status) {
        return status.decision().isPresent() ? decision(status) : status.stage().name() + ", no decision yet";
    }

    private static String decision(ApplicationStatus status) {
        if (status.decision().isEmpty()) {
            return "none";
        }
        String outcome = status.decision().get().name();
        return status.reasons().isEmpty() ? outcome : outcome + " (" + String.join(", ", status.reasons()) + ")";
    }

    private static String details(ApplicationStatus.Details details) {
        if (!details.documentSupported()) {
            return "the licence image is not a supported document";
        }
        return "document supported, licence " + (details.licenseExpired() ? "EXPIRED" : "not expired");
    }

    private static String review(ApplicationStatus.ReviewSummary review) {
        return review.outcome().name() + " " + review.reasonCode() + " by " + printable(review.reviewer()) + " at "
                + review.at() + (review.hasNote() ? "; a note is kept with the record (not shown)" : "");
    }

    private static String purge(Purge purge) {
        return "purged at " + purge.at() + " by " + printable(purge.requestedBy()) + ", " + purge.reasonCode();
    }

    private static String change(Optional<DecisionOutcome> before, Optional<DecisionOutcome> after) {
        if (before.isEmpty() && after.isEmpty()) {
            return "";
        }
        return "  " + before.map(Enum::name).map(name -> name + " ").orElse("") + "-> "
                + after.map(Enum::name).orElse("none");
    }

    /** A name as the terminal should show it: control characters (escape sequences, line breaks) as '?'. */
    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, LABEL, label, value));
    }
}
