package io.onboarding.adapters.local.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.EffectState;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.matching.FieldMatch;
import io.onboarding.domain.matching.MatchReason;
import io.onboarding.domain.model.ApplicantDetails;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.RefusalReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps an {@link ApplicationRecord} to the JSON document stored for it and back, exactly. The attribute names follow
 * the DynamoDB item of the AWS deployment (the original system's CustomerMetadataTable), so a record file reads like
 * the table row it stands in for. A missing or mistyped attribute is an {@link IllegalArgumentException} naming the
 * attribute, never its value.
 */
final class RecordJson {
    static final int SCHEMA_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String FACES_COMPARED = "FACES_COMPARED";
    private static final String NO_FACE_IN_SELFIE = "NO_FACE_IN_SELFIE";
    private static final String NO_FACE_ON_DOCUMENT = "NO_FACE_ON_DOCUMENT";

    private RecordJson() {
    }

    static ObjectNode toJson(ApplicationRecord record) {
        ObjectNode json = NODES.objectNode();
        json.put("SCHEMA_VERSION", SCHEMA_VERSION);
        json.put("APP_UUID", record.id().value());
        json.put("SOURCE_VERSION", record.sourceVersion());
        json.put("REVISION", record.revision());
        json.put("ATTEMPTS", record.attempts());
        json.put("RECEIVED_AT", record.receivedAt().toString());
        json.put("UPDATED_AT", record.updatedAt().toString());
        record.applicant().ifPresent(applicant -> {
            ObjectNode values = json.putObject("APPLICANT");
            applicant.asMap().forEach((field, value) -> values.put(field.name(), value));
        });
        record.refusal().ifPresent(reason -> json.put("REFUSAL_REASON", reason.name()));
        record.documents().ifPresent(stored -> json.putObject("DOCUMENTS")
                .put("DETAILS_KEY", stored.details().key())
                .put("SELFIE_KEY", stored.selfie().key())
                .put("LICENSE_KEY", stored.license().key()));
        record.faceCheck().ifPresent(face -> {
            ObjectNode node = json.putObject("FACE_CHECK");
            node.put("LICENSE_SELFIE_MATCH", face.passed());
            FaceComparison comparison = face.comparison();
            if (comparison instanceof FacesCompared compared) {
                node.put("RESULT", FACES_COMPARED);
                node.put("SIMILARITY", compared.bestSimilarity());
                node.put("FACES_ON_DOCUMENT", compared.facesOnDocument());
            } else if (comparison instanceof NoFaceInSelfie) {
                node.put("RESULT", NO_FACE_IN_SELFIE);
            } else if (comparison instanceof NoFaceOnDocument) {
                node.put("RESULT", NO_FACE_ON_DOCUMENT);
            }
        });
        record.detailsCheck().ifPresent(details -> {
            ObjectNode node = json.putObject("DETAILS_CHECK");
            node.put("LICENSE_DETAILS_MATCH", details.passed());
            node.put("DOCUMENT_SUPPORTED", details.documentSupported());
            node.put("LICENSE_EXPIRED", details.licenseExpired());
            ObjectNode fields = node.putObject("FIELD_RESULTS");
            details.fields().forEach(match -> fields.put(match.field().name(), match.reason().name()));
        });
        record.licenseValidation().ifPresent(validation -> json.put("LICENSE_VALIDATION", validation.isValid()));
        record.decision().ifPresent(decision -> {
            json.put("DECISION", decision.outcome().name());
            ArrayNode reasons = json.putArray("DECISION_REASONS");
            decision.reasons().forEach(reason -> reasons.add(reason.name()));
        });
        ObjectNode effects = json.putObject("EFFECTS");
        var ordered = new EnumMap<Effect, EffectState>(Effect.class);
        ordered.putAll(record.effects());
        ordered.forEach((effect, state) -> {
            ObjectNode node = effects.putObject(effect.name())
                    .put("status", state.status().name())
                    .put("at", state.at().toString());
            if (!state.claimId().isEmpty()) {
                node.put("claim", state.claimId());
            }
        });
        return json;
    }

    static ApplicationRecord fromJson(JsonNode json) {
        int schema = integer(json, "SCHEMA_VERSION");
        if (schema != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported record schema version " + schema);
        }
        return new ApplicationRecord(
                ApplicationId.of(text(json, "APP_UUID")),
                text(json, "SOURCE_VERSION"),
                longNumber(json, "REVISION"),
                integer(json, "ATTEMPTS"),
                instant(json, "RECEIVED_AT"),
                instant(json, "UPDATED_AT"),
                optional(json, "APPLICANT").map(RecordJson::applicant),
                optional(json, "REFUSAL_REASON").map(node -> enumValue(RefusalReason.class, node, "REFUSAL_REASON")),
                optional(json, "DOCUMENTS").map(node -> new StoredDocuments(
                        new DocumentRef(text(node, "DETAILS_KEY")), new DocumentRef(text(node, "SELFIE_KEY")),
                        new DocumentRef(text(node, "LICENSE_KEY")))),
                optional(json, "FACE_CHECK").map(RecordJson::faceCheck),
                optional(json, "DETAILS_CHECK").map(RecordJson::detailsCheck),
                optional(json, "LICENSE_VALIDATION")
                        .map(node -> LicenseValidation.of(bool(node, "LICENSE_VALIDATION"))),
                optional(json, "DECISION").map(node -> decision(json)),
                effects(json.path("EFFECTS")));
    }

    private static ApplicantDetails applicant(JsonNode node) {
        var values = new EnumMap<IdField, String>(IdField.class);
        for (IdField field : IdField.APPLICANT_FIELDS) {
            values.put(field, text(node, field.name()));
        }
        return ApplicantDetails.of(values);
    }

    private static FaceCheck faceCheck(JsonNode node) {
        String result = text(node, "RESULT");
        FaceComparison comparison = switch (result) {
            case FACES_COMPARED -> new FacesCompared(number(node, "SIMILARITY"), integer(node, "FACES_ON_DOCUMENT"));
            case NO_FACE_IN_SELFIE -> new NoFaceInSelfie();
            case NO_FACE_ON_DOCUMENT -> new NoFaceOnDocument();
            default -> throw new IllegalArgumentException("unknown FACE_CHECK.RESULT");
        };
        return new FaceCheck(comparison, bool(node.path("LICENSE_SELFIE_MATCH"), "LICENSE_SELFIE_MATCH"));
    }

    private static DetailsCheck detailsCheck(JsonNode node) {
        var fields = new ArrayList<FieldMatch>();
        JsonNode results = node.path("FIELD_RESULTS");
        for (Map.Entry<String, JsonNode> entry : results.properties()) {
            IdField field = IdField.fromName(entry.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown field in FIELD_RESULTS"));
            fields.add(new FieldMatch(field, enumValue(MatchReason.class, entry.getValue(), "FIELD_RESULTS")));
        }
        return new DetailsCheck(bool(node.path("DOCUMENT_SUPPORTED"), "DOCUMENT_SUPPORTED"), fields,
                bool(node.path("LICENSE_EXPIRED"), "LICENSE_EXPIRED"));
    }

    private static KycDecision decision(JsonNode json) {
        var reasons = new ArrayList<DecisionReason>();
        for (JsonNode reason : json.path("DECISION_REASONS")) {
            reasons.add(enumValue(DecisionReason.class, reason, "DECISION_REASONS"));
        }
        return new KycDecision(enumValue(DecisionOutcome.class, json.path("DECISION"), "DECISION"), reasons);
    }

    private static Map<Effect, EffectState> effects(JsonNode node) {
        var effects = new EnumMap<Effect, EffectState>(Effect.class);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Effect effect = enumValue(Effect.class, NODES.textNode(entry.getKey()), "EFFECTS");
            JsonNode claim = entry.getValue().get("claim");
            effects.put(effect, new EffectState(
                    enumValue(EffectState.Status.class, entry.getValue().path("status"), "EFFECTS.status"),
                    instant(entry.getValue(), "at"), claim == null ? "" : claim.asText()));
        }
        return effects;
    }

    private static Optional<JsonNode> optional(JsonNode json, String name) {
        JsonNode node = json.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    private static String text(JsonNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("record attribute " + name + " is missing or not a string");
        }
        return node.asText();
    }

    private static int integer(JsonNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException("record attribute " + name + " is missing or not an integer");
        }
        return node.asInt();
    }

    private static long longNumber(JsonNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException("record attribute " + name + " is missing or not an integer");
        }
        return node.asLong();
    }

    private static double number(JsonNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("record attribute " + name + " is missing or not a number");
        }
        return node.asDouble();
    }

    private static boolean bool(JsonNode node, String name) {
        if (node == null || !node.isBoolean()) {
            throw new IllegalArgumentException("record attribute " + name + " is missing or not a boolean");
        }
        return node.asBoolean();
    }

    private static Instant instant(JsonNode json, String name) {
        try {
            return Instant.parse(text(json, name));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("record attribute " + name + " is not an instant", e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String name) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("record attribute " + name + " is missing or not a string");
        }
        try {
            return Enum.valueOf(type, node.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("record attribute " + name + " has an unknown code", e);
        }
    }
}
