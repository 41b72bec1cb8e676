package io.onboarding.adapters.aws.dynamodb;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps an {@link ApplicationRecord} to a DynamoDB item and back, exactly. The eight CSV fields are stored raw as
 * strings under their CSV names, and the original system's three check flags as BOOL attributes that are absent
 * while a check has not run. Unknown attributes are ignored on read; a missing or mistyped known attribute is an
 * {@link IllegalArgumentException} naming the attribute, never its value.
 */
final class ApplicationItemMapper {
    static final String APP_UUID = "APP_UUID";
    static final String LICENSE_SELFIE_MATCH = "LICENSE_SELFIE_MATCH";
    static final String LICENSE_DETAILS_MATCH = "LICENSE_DETAILS_MATCH";
    static final String LICENSE_VALIDATION = "LICENSE_VALIDATION";
    static final String SOURCE_VERSION = "SOURCE_VERSION";
    static final String REVISION = "REVISION";
    static final String ATTEMPTS = "ATTEMPTS";
    static final String RECEIVED_AT = "RECEIVED_AT";
    static final String UPDATED_AT = "UPDATED_AT";
    static final String REFUSAL_REASON = "REFUSAL_REASON";
    static final String DETAILS_KEY = "DETAILS_KEY";
    static final String SELFIE_KEY = "SELFIE_KEY";
    static final String LICENSE_KEY = "LICENSE_KEY";
    static final String FACE_RESULT = "FACE_RESULT";
    static final String FACE_SIMILARITY = "FACE_SIMILARITY";
    static final String FACES_ON_DOCUMENT = "FACES_ON_DOCUMENT";
    static final String DOCUMENT_SUPPORTED = "DOCUMENT_SUPPORTED";
    static final String LICENSE_EXPIRED = "LICENSE_EXPIRED";
    static final String FIELD_RESULTS = "FIELD_RESULTS";
    static final String DECISION = "DECISION";
    static final String DECISION_REASONS = "DECISION_REASONS";
    static final String EFFECTS = "EFFECTS";
    static final String EFFECT_STATUS = "status";
    static final String EFFECT_AT = "at";
    static final String EFFECT_CLAIM = "claim";

    /** FACE_RESULT values, one per {@link FaceComparison} variant. */
    static final String FACES_COMPARED = "FACES_COMPARED";
    static final String NO_FACE_IN_SELFIE = "NO_FACE_IN_SELFIE";
    static final String NO_FACE_ON_DOCUMENT = "NO_FACE_ON_DOCUMENT";

    Map<String, AttributeValue> toItem(ApplicationRecord record) {
        var item = new LinkedHashMap<String, AttributeValue>();
        item.put(APP_UUID, s(record.id().value()));
        record.applicant().ifPresent(applicant -> applicant.asMap().forEach((field, value) ->
                item.put(field.name(), s(value))));
        record.documents().ifPresent(stored -> {
            item.put(DETAILS_KEY, s(stored.details().key()));
            item.put(SELFIE_KEY, s(stored.selfie().key()));
            item.put(LICENSE_KEY, s(stored.license().key()));
        });
        record.faceCheck().ifPresent(face -> putFaceCheck(item, face));
        record.detailsCheck().ifPresent(details -> putDetailsCheck(item, details));
        record.licenseValidation().ifPresent(validation ->
                item.put(LICENSE_VALIDATION, bool(validation.isValid())));
        item.put(SOURCE_VERSION, s(record.sourceVersion()));
        item.put(REVISION, n(record.revision()));
        item.put(ATTEMPTS, n(record.attempts()));
        item.put(RECEIVED_AT, s(record.receivedAt().toString()));
        item.put(UPDATED_AT, s(record.updatedAt().toString()));
        record.refusal().ifPresent(reason -> item.put(REFUSAL_REASON, s(reason.name())));
        record.decision().ifPresent(decision -> {
            item.put(DECISION, s(decision.outcome().name()));
            item.put(DECISION_REASONS, AttributeValue.fromL(
                    decision.reasons().stream().map(reason -> s(reason.name())).toList()));
        });
        if (!record.effects().isEmpty()) {
            var effects = new LinkedHashMap<String, AttributeValue>();
            new EnumMap<>(record.effects()).forEach((effect, state) -> {
                var attributes = new LinkedHashMap<String, AttributeValue>();
                attributes.put(EFFECT_STATUS, s(state.status().name()));
                attributes.put(EFFECT_AT, s(state.at().toString()));
                if (!state.claimId().isEmpty()) {
                    attributes.put(EFFECT_CLAIM, s(state.claimId()));
                }
                effects.put(effect.name(), AttributeValue.fromM(attributes));
            });
            item.put(EFFECTS, AttributeValue.fromM(effects));
        }
        return item;
    }

    ApplicationRecord fromItem(Map<String, AttributeValue> item) {
        var reader = new ItemReader(item);
        return new ApplicationRecord(
                ApplicationId.of(reader.string(APP_UUID)),
                reader.string(SOURCE_VERSION),
                reader.longNumber(REVISION),
                Math.toIntExact(reader.longNumber(ATTEMPTS)),
                reader.instant(RECEIVED_AT),
                reader.instant(UPDATED_AT),
                applicant(reader),
                reader.optionalString(REFUSAL_REASON).map(name -> reader.enumValue(RefusalReason.class,
                        REFUSAL_REASON, name)),
                documents(reader),
                faceCheck(reader),
                detailsCheck(reader),
                reader.optionalBool(LICENSE_VALIDATION).map(LicenseValidation::of),
                decision(reader),
                effects(reader));
    }

    private static void putFaceCheck(Map<String, AttributeValue> item, FaceCheck face) {
        item.put(LICENSE_SELFIE_MATCH, bool(face.passed()));
        FaceComparison comparison = face.comparison();
        if (comparison instanceof FacesCompared compared) {
            item.put(FACE_RESULT, s(FACES_COMPARED));
            item.put(FACE_SIMILARITY, AttributeValue.fromN(BigDecimal.valueOf(compared.bestSimilarity())
                    .toPlainString()));
            item.put(FACES_ON_DOCUMENT, n(compared.facesOnDocument()));
        } else if (comparison instanceof NoFaceInSelfie) {
            item.put(FACE_RESULT, s(NO_FACE_IN_SELFIE));
        } else if (comparison instanceof NoFaceOnDocument) {
            item.put(FACE_RESULT, s(NO_FACE_ON_DOCUMENT));
        } else {
            throw new IllegalArgumentException("unknown face comparison " + comparison.getClass().getSimpleName());
        }
    }

    private static void putDetailsCheck(Map<String, AttributeValue> item, DetailsCheck details) {
        item.put(LICENSE_DETAILS_MATCH, bool(details.passed()));
        item.put(DOCUMENT_SUPPORTED, bool(details.documentSupported()));
        item.put(LICENSE_EXPIRED, bool(details.licenseExpired()));
        if (details.documentSupported()) {
            requireCsvOrder(details.fields());
            var results = new LinkedHashMap<String, AttributeValue>();
            details.fields().forEach(match -> results.put(match.field().name(), s(match.reason().name())));
            item.put(FIELD_RESULTS, AttributeValue.fromM(results));
        }
    }

    /** A DynamoDB map has no order; reading rebuilds CSV order, so only that order round-trips exactly. */
    private static void requireCsvOrder(List<FieldMatch> fields) {
        List<IdField> order = fields.stream().map(FieldMatch::field).toList();
        if (!order.equals(IdField.APPLICANT_FIELDS)) {
            throw new IllegalArgumentException("field results must be one per applicant field, in CSV order");
        }
    }

    private static Optional<ApplicantDetails> applicant(ItemReader reader) {
        if (!reader.has(IdField.APPLICANT_FIELDS.get(0).name())) {
            return Optional.empty();
        }
        var values = new EnumMap<IdField, String>(IdField.class);
        for (IdField field : IdField.APPLICANT_FIELDS) {
            values.put(field, reader.string(field.name()));
        }
        return Optional.of(ApplicantDetails.of(values));
    }

    private static Optional<StoredDocuments> documents(ItemReader reader) {
        if (!reader.has(SELFIE_KEY)) {
            return Optional.empty();
        }
        return Optional.of(new StoredDocuments(new DocumentRef(reader.string(DETAILS_KEY)),
                new DocumentRef(reader.string(SELFIE_KEY)), new DocumentRef(reader.string(LICENSE_KEY))));
    }

    private static Optional<FaceCheck> faceCheck(ItemReader reader) {
        Optional<String> result = reader.optionalString(FACE_RESULT);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        FaceComparison comparison = switch (result.get()) {
            case FACES_COMPARED -> new FacesCompared(reader.doubleNumber(FACE_SIMILARITY),
                    Math.toIntExact(reader.longNumber(FACES_ON_DOCUMENT)));
            case NO_FACE_IN_SELFIE -> new NoFaceInSelfie();
            case NO_FACE_ON_DOCUMENT -> new NoFaceOnDocument();
            default -> throw new IllegalArgumentException("attribute " + FACE_RESULT + " has an unknown value");
        };
        return Optional.of(new FaceCheck(comparison, reader.bool(LICENSE_SELFIE_MATCH)));
    }

    private static Optional<DetailsCheck> detailsCheck(ItemReader reader) {
        Optional<Boolean> supported = reader.optionalBool(DOCUMENT_SUPPORTED);
        if (supported.isEmpty()) {
            return Optional.empty();
        }
        var fields = new ArrayList<FieldMatch>();
        if (supported.get()) {
            Map<String, AttributeValue> results = reader.map(FIELD_RESULTS);
            for (String name : results.keySet()) {
                if (IdField.fromName(name).filter(IdField.APPLICANT_FIELDS::contains).isEmpty()) {
                    throw new IllegalArgumentException("attribute " + FIELD_RESULTS + " names an unknown field");
                }
            }
            var nested = new ItemReader(results, FIELD_RESULTS + ".");
            for (IdField field : IdField.APPLICANT_FIELDS) {
                fields.add(new FieldMatch(field, nested.enumValue(MatchReason.class, field.name(),
                        nested.string(field.name()))));
            }
        }
        return Optional.of(new DetailsCheck(supported.get(), fields, reader.bool(LICENSE_EXPIRED)));
    }

    private static Optional<KycDecision> decision(ItemReader reader) {
        Optional<String> outcome = reader.optionalString(DECISION);
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        var reasons = new ArrayList<DecisionReason>();
        for (AttributeValue reason : reader.list(DECISION_REASONS)) {
            if (reason.s() == null) {
                throw new IllegalArgumentException("attribute " + DECISION_REASONS + " holds a non-string");
            }
            reasons.add(reader.enumValue(DecisionReason.class, DECISION_REASONS, reason.s()));
        }
        return Optional.of(new KycDecision(reader.enumValue(DecisionOutcome.class, DECISION, outcome.get()),
                reasons));
    }

    private static Map<Effect, EffectState> effects(ItemReader reader) {
        if (!reader.has(EFFECTS)) {
            return Map.of();
        }
        var effects = new EnumMap<Effect, EffectState>(Effect.class);
        reader.map(EFFECTS).forEach((name, value) -> {
            Effect effect = reader.enumValue(Effect.class, EFFECTS, name);
            if (!value.hasM()) {
                throw new IllegalArgumentException("attribute " + EFFECTS + "." + name + " is not a map");
            }
            var state = new ItemReader(value.m(), EFFECTS + "." + name + ".");
            effects.put(effect, new EffectState(
                    state.enumValue(EffectState.Status.class, EFFECT_STATUS, state.string(EFFECT_STATUS)),
                    state.instant(EFFECT_AT),
                    state.optionalString(EFFECT_CLAIM).orElse("")));
        });
        return effects;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    /** Typed access to one item's attributes; error messages name the attribute, never its content. */
    private static final class ItemReader {
        private final Map<String, AttributeValue> item;
        private final String prefix;

        ItemReader(Map<String, AttributeValue> item) {
            this(item, "");
        }

        ItemReader(Map<String, AttributeValue> item, String prefix) {
            this.item = new HashMap<>(item);
            this.prefix = prefix;
        }

        boolean has(String name) {
            return item.containsKey(name);
        }

        String string(String name) {
            return optionalString(name).orElseThrow(() -> missing(name));
        }

        Optional<String> optionalString(String name) {
            AttributeValue value = item.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (value.s() == null) {
                throw wrongType(name, "a string");
            }
            return Optional.of(value.s());
        }

        boolean bool(String name) {
            return optionalBool(name).orElseThrow(() -> missing(name));
        }

        Optional<Boolean> optionalBool(String name) {
            AttributeValue value = item.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (value.bool() == null) {
                throw wrongType(name, "a BOOL");
            }
            return Optional.of(value.bool());
        }

        long longNumber(String name) {
            try {
                return Long.parseLong(number(name));
            } catch (NumberFormatException e) {
                throw wrongType(name, "an integer");
            }
        }

        double doubleNumber(String name) {
            try {
                return new BigDecimal(number(name)).doubleValue();
            } catch (NumberFormatException e) {
                throw wrongType(name, "a number");
            }
        }

        Instant instant(String name) {
            try {
                return Instant.parse(string(name));
            } catch (DateTimeParseException e) {
                throw wrongType(name, "an ISO-8601 instant");
            }
        }

        Map<String, AttributeValue> map(String name) {
            AttributeValue value = item.get(name);
            if (value == null) {
                throw missing(name);
            }
            if (!value.hasM()) {
                throw wrongType(name, "a map");
            }
            return value.m();
        }

        List<AttributeValue> list(String name) {
            AttributeValue value = item.get(name);
            if (value == null) {
                throw missing(name);
            }
            if (!value.hasL()) {
                throw wrongType(name, "a list");
            }
            return value.l();
        }

        <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("attribute " + prefix + name + " has an unknown value");
            }
        }

        private String number(String name) {
            AttributeValue value = item.get(name);
            if (value == null) {
                throw missing(name);
            }
            if (value.n() == null) {
                throw wrongType(name, "a number");
            }
            return value.n();
        }

        private IllegalArgumentException missing(String name) {
            return new IllegalArgumentException("attribute " + prefix + name + " is missing");
        }

        private IllegalArgumentException wrongType(String name, String expected) {
            return new IllegalArgumentException("attribute " + prefix + name + " is not " + expected);
        }
    }
}
