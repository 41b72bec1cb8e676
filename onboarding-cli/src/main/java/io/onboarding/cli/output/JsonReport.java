package io.onboarding.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.port.Notification;
import java.util.Optional;

/**
 * One JSON object per application, written on one line (JSON Lines). Every member is always present; a check that
 * did not run is {@code null}. Holds codes, booleans and numbers only, never the applicant's values. The members are
 * listed in {@code docs/cli.md}.
 */
public final class JsonReport {
    private static final double SCALE = 10_000;

    private final ObjectMapper json = new ObjectMapper();

    /** The application as one line of JSON, without the line break. */
    public String line(ApplicationResult result) {
        return toJson(result).toString();
    }

    ObjectNode toJson(ApplicationResult result) {
        Optional<ApplicationRecord> record = result.record();
        Optional<FaceCheck> face = record.flatMap(ApplicationRecord::faceCheck);
        Optional<DetailsCheck> details = record.flatMap(ApplicationRecord::detailsCheck);
        Optional<KycDecision> decision = result.decision();

        ObjectNode node = json.createObjectNode();
        node.put("package", result.packageName().orElse(null));
        node.put("appUuid", result.appUuid().orElse(null));
        node.put("sourceVersion", result.sourceVersion().orElse(null));
        node.put("duplicate", result.duplicate());
        node.put("decision", decision.map(d -> d.outcome().name()).orElse(null));
        ArrayNode reasons = node.putArray("reasons");
        decision.ifPresent(d -> d.reasons().forEach(reason -> reasons.add(reason.name())));
        node.put("refusalReason", record.flatMap(ApplicationRecord::refusal).map(Enum::name).orElse(null));
        node.put("licenseSelfieMatch", face.map(FaceCheck::passed).orElse(null));
        node.put("licenseDetailsMatch", details.map(DetailsCheck::passed).orElse(null));
        node.put("licenseValidation", record.flatMap(ApplicationRecord::licenseValidation)
                .map(LicenseValidation::isValid).orElse(null));
        node.put("faceResult", face.map(f -> faceResult(f.comparison())).orElse(null));
        node.put("faceSimilarity", face.flatMap(FaceCheck::similarity).map(JsonReport::rounded).orElse(null));
        node.put("facesOnDocument", face.map(FaceCheck::comparison)
                .filter(FacesCompared.class::isInstance).map(c -> ((FacesCompared) c).facesOnDocument()).orElse(null));
        node.put("documentSupported", details.map(DetailsCheck::documentSupported).orElse(null));
        node.put("licenseExpired", details.filter(DetailsCheck::documentSupported).map(DetailsCheck::licenseExpired)
                .orElse(null));
        if (details.isPresent()) {
            ObjectNode outcomes = node.putObject("fieldResults");
            ObjectNode why = node.putObject("fieldReasons");
            for (FieldMatch match : details.get().fields()) {
                outcomes.put(match.field().name(), match.outcome().name());
                why.put(match.field().name(), match.reason().name());
            }
        } else {
            node.putNull("fieldResults");
            node.putNull("fieldReasons");
        }
        ArrayNode notifications = node.putArray("notifications");
        for (Notification notification : result.notifications()) {
            ObjectNode sent = notifications.addObject().put("kind", notification.kind().name());
            notification.reasonCodes().forEach(sent.putArray("reasonCodes")::add);
        }
        if (result.failure().isPresent()) {
            ApplicationResult.Failure failure = result.failure().get();
            node.putObject("error")
                    .put("type", failure.type())
                    .put("dependency", failure.dependency().orElse(null))
                    .put("retryable", failure.retryable())
                    .put("message", failure.message());
        } else {
            node.putNull("error");
        }
        return node;
    }

    static String faceResult(FaceComparison comparison) {
        if (comparison instanceof FacesCompared) {
            return "FACES_COMPARED";
        }
        return comparison instanceof NoFaceInSelfie ? "NO_FACE_IN_SELFIE" : "NO_FACE_ON_DOCUMENT";
    }

    /** Similarities often come from floats; four decimals keep the value and drop the float-to-double noise. */
    static double rounded(double similarity) {
        return Math.round(similarity * SCALE) / SCALE;
    }
}
