package io.onboarding.cli.output;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.port.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The human-readable report of one application: each check, each field's outcome and reason code, the
 * notifications, the decision and its reasons. It shows outcomes, never the applicant's values (unless
 * {@link #withDeclaredValues()} is asked for, which {@code show --reveal-declared-values} does).
 */
public final class TextReport {
    private static final String LABEL = "  %-20s %s%n";
    private static final int HASH_PREFIX = 12;

    private final double faceThreshold;
    private final boolean declaredValues;

    /** @param faceThreshold the policy's similarity threshold, shown next to the similarity */
    public TextReport(double faceThreshold) {
        this(faceThreshold, false);
    }

    private TextReport(double faceThreshold, boolean declaredValues) {
        this.faceThreshold = faceThreshold;
        this.declaredValues = declaredValues;
    }

    /** The same report, also printing the eight values the applicant declared. Personal data: only on request. */
    public TextReport withDeclaredValues() {
        return new TextReport(faceThreshold, true);
    }

    public String render(ApplicationResult result) {
        var out = new StringBuilder();
        out.append(result.appUuid().orElse("(no application id)")).append(": ").append(headline(result));
        if (result.duplicate()) {
            out.append("  (duplicate: this package version was processed before; shown from the record)");
        }
        out.append(System.lineSeparator());
        result.packageName().ifPresent(name -> line(out, "package", printable(name)
                + result.sourceVersion().map(v -> "  sha256 " + v.substring(0, Math.min(HASH_PREFIX, v.length())))
                .orElse("")));
        result.failure().ifPresent(failure -> line(out, "error", failure.message()
                + (failure.retryable() ? "  (temporary: run again to retry)" : "")));
        Optional<ApplicationRecord> record = result.record();
        record.flatMap(ApplicationRecord::refusal).ifPresent(reason -> line(out, "refused at intake", reason.name()));
        if (record.isPresent() && record.get().refusal().isEmpty()) {
            ApplicationRecord r = record.get();
            if (declaredValues) {
                r.applicant().ifPresent(applicant -> declared(out, applicant));
            }
            line(out, "face check", r.faceCheck().map(this::face).orElse("not run"));
            line(out, "details check", r.detailsCheck().map(TextReport::details).orElse("not run"));
            r.detailsCheck().ifPresent(details -> {
                for (FieldMatch match : details.fields()) {
                    out.append(String.format(Locale.ROOT, "    %-22s %-11s %s%n", match.field().name(),
                            match.outcome().name(), match.reason().name()));
                }
            });
            line(out, "licence validation", r.licenseValidation()
                    .map(v -> v.isValid() ? "valid" : "invalid")
                    .orElse(r.licenseCheckQueued() ? "queued, no answer yet" : "not run"));
        }
        line(out, "notified", notified(result));
        line(out, "decision", result.decision().map(TextReport::decision).orElse("none"));
        return out.toString();
    }

    private static String headline(ApplicationResult result) {
        if (result.failure().isPresent() && !result.failureRecorded()) {
            return "FAILED, could not be processed";
        }
        return result.decision().map(TextReport::decision).orElse("no decision");
    }

    private static String decision(KycDecision decision) {
        return decision.reasons().isEmpty() ? decision.outcome().name()
                : decision.outcome().name() + " " + decision.reasons().stream().map(Enum::name)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private String face(FaceCheck check) {
        String verdict = check.passed() ? "passed" : "failed";
        if (check.comparison() instanceof FacesCompared compared) {
            return String.format(Locale.ROOT, "%s   similarity %.2f (threshold %.0f), %d face%s on the licence",
                    verdict, compared.bestSimilarity(), faceThreshold, compared.facesOnDocument(),
                    compared.facesOnDocument() == 1 ? "" : "s");
        }
        return verdict + "   " + check.failure().map(Enum::name).orElse("");
    }

    private static String details(DetailsCheck check) {
        if (!check.documentSupported()) {
            return "failed   the licence image is not a supported document";
        }
        return (check.passed() ? "passed" : "failed") + (check.licenseExpired() ? "   licence EXPIRED" : "");
    }

    private static String notified(ApplicationResult result) {
        if (!result.notifications().isEmpty()) {
            List<String> sent = new ArrayList<>();
            for (Notification notification : result.notifications()) {
                sent.add(notification.kind().name() + " " + notification.reasonCodes());
            }
            return String.join("; ", sent);
        }
        List<String> done = result.record().map(ApplicationRecord::effects).orElse(Map.of()).entrySet().stream()
                .filter(e -> e.getKey() != Effect.QUEUE_LICENSE_CHECK && e.getValue().isDone())
                .map(e -> e.getKey().name().replaceFirst("^NOTIFY_", ""))
                .sorted()
                .toList();
        if (done.isEmpty()) {
            return "none";
        }
        return String.join(", ", done) + (result.duplicate() || result.packageName().isEmpty()
                ? " (earlier)" : "");
    }

    private static void declared(StringBuilder out, ApplicantDetails applicant) {
        line(out, "declared values", "(personal data, shown on request)");
        for (IdField field : IdField.APPLICANT_FIELDS) {
            out.append(String.format(Locale.ROOT, "    %-22s %s%n", field.name(), applicant.value(field)));
        }
    }

    /** A file name as the terminal should show it: control characters (escape sequences, line breaks) as '?'. */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, LABEL, label, value));
    }
}
