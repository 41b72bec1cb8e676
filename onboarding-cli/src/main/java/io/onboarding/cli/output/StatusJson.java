package io.onboarding.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.application.HistoryEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * The status of one application as one JSON object on one line: the members of {@link ApplicationStatus}, every one
 * always present ({@code null} for what has not happened). Codes, booleans and times only: no declared or extracted
 * value, no review note. The members are listed in {@code docs/cli.md}.
 */
public final class StatusJson {
    private final ObjectMapper json = new ObjectMapper();

    /** The status as one line of JSON, without the line break. */
    public String line(ApplicationStatus status) {
        return toJson(status).toString();
    }

    ObjectNode toJson(ApplicationStatus status) {
        ObjectNode node = json.createObjectNode();
        node.put("appUuid", status.id().value());
        node.put("stage", status.stage().name());
        node.put("decision", status.decision().map(Enum::name).orElse(null));
        status.reasons().forEach(node.putArray("reasons")::add);
        node.put("refusalReason", status.refusal().map(Enum::name).orElse(null));
        node.put("face", status.face().orElse(null));
        if (status.details().isPresent()) {
            ApplicationStatus.Details details = status.details().get();
            ObjectNode detailsNode = node.putObject("details")
                    .put("documentSupported", details.documentSupported())
                    .put("licenseExpired", details.licenseExpired());
            ArrayNode fields = detailsNode.putArray("fields");
            for (ApplicationStatus.FieldOutcome field : details.fields()) {
                fields.addObject().put("field", field.field()).put("outcome", field.outcome())
                        .put("reason", field.reason());
            }
        } else {
            node.putNull("details");
        }
        node.put("licenseValidation", status.licenseValidation().map(Enum::name).orElse(null));
        node.put("receivedAt", status.receivedAt().toString());
        node.put("updatedAt", status.updatedAt().toString());
        node.put("decidedAt", time(status.decidedAt()));
        if (status.review().isPresent()) {
            ApplicationStatus.ReviewSummary review = status.review().get();
            node.putObject("review")
                    .put("at", review.at().toString())
                    .put("reviewer", review.reviewer())
                    .put("outcome", review.outcome().name())
                    .put("reasonCode", review.reasonCode())
                    .put("hasNote", review.hasNote());
        } else {
            node.putNull("review");
        }
        if (status.purge().isPresent()) {
            node.putObject("purge")
                    .put("at", status.purge().get().at().toString())
                    .put("requestedBy", status.purge().get().requestedBy())
                    .put("reasonCode", status.purge().get().reasonCode());
        } else {
            node.putNull("purge");
        }
        ArrayNode history = node.putArray("history");
        for (HistoryEvent event : status.history()) {
            ObjectNode entry = history.addObject()
                    .put("at", event.at().toString())
                    .put("kind", event.kind().name())
                    .put("actor", event.actor());
            event.codes().forEach(entry.putArray("codes")::add);
            entry.put("before", event.before().map(Enum::name).orElse(null));
            entry.put("after", event.after().map(Enum::name).orElse(null));
        }
        return node;
    }

    private static String time(Optional<Instant> at) {
        return at.map(Instant::toString).orElse(null);
    }
}
