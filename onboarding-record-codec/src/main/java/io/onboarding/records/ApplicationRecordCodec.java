package io.onboarding.records;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.EffectState;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.application.Purge;
import io.onboarding.domain.application.Review;
import io.onboarding.domain.application.StoredDocuments;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.SelfieIssue;
import io.onboarding.domain.decision.SelfieQuality;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link ApplicationRecord} as named attributes and back, exactly: the one schema of the DynamoDB item
 * ({@code CustomerMetadataTable}) and of the local record file. The original system's attributes come first
 * (APP_UUID, the eight CSV fields stored raw under their CSV names, the three check flags, absent while a check has
 * not run), then the record's own. Values are neutral, so any store can hold them:
 *
 * <table>
 *   <caption>neutral values</caption>
 *   <tr><th>Java type</th><th>DynamoDB</th><th>JSON</th></tr>
 *   <tr><td>{@link String}</td><td>S</td><td>string</td></tr>
 *   <tr><td>{@link BigDecimal} (any exact {@link Number} is read)</td><td>N</td><td>number</td></tr>
 *   <tr><td>{@link Boolean}</td><td>BOOL</td><td>true, false</td></tr>
 *   <tr><td>{@link List} of values</td><td>L</td><td>array</td></tr>
 *   <tr><td>{@link Map} from names to values, ordered</td><td>M</td><td>object</td></tr>
 * </table>
 *
 * <p>Reading ignores attributes it does not know (a later release may add some) and takes a {@code null} value for
 * an absent attribute. A missing or mistyped attribute, an unknown code or attributes that make no valid record are
 * an {@link IllegalArgumentException} naming the attribute, never its value.
 */
public final class ApplicationRecordCodec {
    public static final String APP_UUID = "APP_UUID";
    public static final String LICENSE_SELFIE_MATCH = "LICENSE_SELFIE_MATCH";
    public static final String LICENSE_DETAILS_MATCH = "LICENSE_DETAILS_MATCH";
    public static final String LICENSE_VALIDATION = "LICENSE_VALIDATION";
    public static final String SOURCE_VERSION = "SOURCE_VERSION";
    public static final String REVISION = "REVISION";
    public static final String ATTEMPTS = "ATTEMPTS";
    public static final String RECEIVED_AT = "RECEIVED_AT";
    public static final String UPDATED_AT = "UPDATED_AT";
    public static final String REFUSAL_REASON = "REFUSAL_REASON";
    public static final String DETAILS_KEY = "DETAILS_KEY";
    public static final String SELFIE_KEY = "SELFIE_KEY";
    public static final String LICENSE_KEY = "LICENSE_KEY";
    public static final String FACE_RESULT = "FACE_RESULT";
    public static final String FACE_SIMILARITY = "FACE_SIMILARITY";
    public static final String FACES_ON_DOCUMENT = "FACES_ON_DOCUMENT";
    /**
     * The selfie check ({@link SelfieQuality}) of a face check, a map of the attributes below; absent in face checks
     * recorded before selfies were inspected.
     */
    public static final String SELFIE_QUALITY = "SELFIE_QUALITY";
    /** {@value #INSPECTED} or {@value #NOT_INSPECTED}. */
    public static final String SELFIE_RESULT = "result";
    public static final String INSPECTED = "INSPECTED";
    public static final String NOT_INSPECTED = "NOT_INSPECTED";
    /** The issues the policy found ({@link SelfieIssue} names), in order; an empty list when the selfie passed. */
    public static final String SELFIE_ISSUES = "issues";
    /**
     * The faces found, largest first, each a map of {@code widthShare} and {@code heightShare} (0-1) and, where the
     * engine gave them, {@code confidence}, {@code yaw}, {@code pitch}, {@code roll}, {@code sharpness},
     * {@code brightness}, and {@code eyesOpen} and {@code sunglasses} as maps of {@code present} and
     * {@code confidence}. Measures, never pixels.
     */
    public static final String SELFIE_FACES = "faces";
    public static final String DOCUMENT_SUPPORTED = "DOCUMENT_SUPPORTED";
    public static final String LICENSE_EXPIRED = "LICENSE_EXPIRED";
    public static final String FIELD_RESULTS = "FIELD_RESULTS";
    public static final String DECISION = "DECISION";
    public static final String DECISION_REASONS = "DECISION_REASONS";
    public static final String EFFECTS = "EFFECTS";
    /** Attributes of each effect in {@link #EFFECTS}, keyed by the effect's name. */
    public static final String EFFECT_STATUS = "status";
    public static final String EFFECT_AT = "at";
    public static final String EFFECT_CLAIM = "claim";
    /** A person's review ({@link Review}): a map of the attributes below; absent until someone reviews. */
    public static final String REVIEW = "REVIEW";
    public static final String REVIEW_AT = "at";
    public static final String REVIEW_REVIEWER = "reviewer";
    public static final String REVIEW_OUTCOME = "outcome";
    public static final String REVIEW_REASON = "reason";
    /** Free text that may hold personal data: stored for auditors, never quoted in an error. */
    public static final String REVIEW_NOTE = "note";
    /** The purge of the application's files on request ({@link Purge}): a map; absent until one is asked for. */
    public static final String PURGE = "PURGE";
    public static final String PURGE_AT = "at";
    public static final String PURGE_REQUESTED_BY = "requestedBy";
    public static final String PURGE_REASON = "reason";
    /**
     * The audit trail ({@link HistoryEvent}s): a list of maps, oldest first, with the attributes below; absent while
     * the history is empty, as in every record written before it existed.
     */
    public static final String HISTORY = "HISTORY";
    public static final String EVENT_AT = "at";
    public static final String EVENT_KIND = "kind";
    public static final String EVENT_ACTOR = "actor";
    public static final String EVENT_CODES = "codes";
    /** Decision outcomes around a decision or a review; each absent when the event has none. */
    public static final String EVENT_BEFORE = "before";
    public static final String EVENT_AFTER = "after";

    /** {@link #FACE_RESULT} codes, one per {@link FaceComparison} variant. */
    public static final String FACES_COMPARED = "FACES_COMPARED";
    public static final String NO_FACE_IN_SELFIE = "NO_FACE_IN_SELFIE";
    public static final String NO_FACE_ON_DOCUMENT = "NO_FACE_ON_DOCUMENT";

    private ApplicationRecordCodec() {
    }

    /**
     * The record's attributes, in the order above; an optional part that is absent has no attributes.
     *
     * @throws IllegalArgumentException when field results are not one per applicant field in CSV order (the only
     *                                  order reading rebuilds)
     */
    public static Map<String, Object> toAttributes(ApplicationRecord record) {
        var attributes = new LinkedHashMap<String, Object>();
        attributes.put(APP_UUID, record.id().value());
        record.applicant().ifPresent(applicant -> applicant.asMap().forEach((field, value) ->
                attributes.put(field.name(), value)));
        record.faceCheck().ifPresent(face -> attributes.put(LICENSE_SELFIE_MATCH, face.passed()));
        record.detailsCheck().ifPresent(details -> attributes.put(LICENSE_DETAILS_MATCH, details.passed()));
        record.licenseValidation().ifPresent(validation -> attributes.put(LICENSE_VALIDATION, validation.isValid()));
        attributes.put(SOURCE_VERSION, record.sourceVersion());
        attributes.put(REVISION, BigDecimal.valueOf(record.revision()));
        attributes.put(ATTEMPTS, BigDecimal.valueOf(record.attempts()));
        attributes.put(RECEIVED_AT, record.receivedAt().toString());
        attributes.put(UPDATED_AT, record.updatedAt().toString());
        record.refusal().ifPresent(reason -> attributes.put(REFUSAL_REASON, reason.name()));
        record.documents().ifPresent(stored -> {
            attributes.put(DETAILS_KEY, stored.details().key());
            attributes.put(SELFIE_KEY, stored.selfie().key());
            attributes.put(LICENSE_KEY, stored.license().key());
        });
        record.faceCheck().ifPresent(face -> putFaceComparison(attributes, face.comparison()));
        record.faceCheck().flatMap(FaceCheck::quality)
                .ifPresent(quality -> attributes.put(SELFIE_QUALITY, SelfieAttributes.of(quality)));
        record.detailsCheck().ifPresent(details -> putDetails(attributes, details));
        record.decision().ifPresent(decision -> {
            attributes.put(DECISION, decision.outcome().name());
            attributes.put(DECISION_REASONS, decision.reasons().stream().map(Enum::name).toList());
        });
        if (!record.effects().isEmpty()) {
            var effects = new LinkedHashMap<String, Object>();
            new EnumMap<>(record.effects()).forEach((effect, state) -> {
                var stateAttributes = new LinkedHashMap<String, Object>();
                stateAttributes.put(EFFECT_STATUS, state.status().name());
                stateAttributes.put(EFFECT_AT, state.at().toString());
                if (!state.claimId().isEmpty()) {
                    stateAttributes.put(EFFECT_CLAIM, state.claimId());
                }
                effects.put(effect.name(), Collections.unmodifiableMap(stateAttributes));
            });
            attributes.put(EFFECTS, Collections.unmodifiableMap(effects));
        }
        record.review().ifPresent(review -> attributes.put(REVIEW, reviewAttributes(review)));
        record.purge().ifPresent(purge -> attributes.put(PURGE, purgeAttributes(purge)));
        if (!record.history().isEmpty()) {
            attributes.put(HISTORY, record.history().stream().map(ApplicationRecordCodec::eventAttributes).toList());
        }
        return Collections.unmodifiableMap(attributes);
    }

    /**
     * The record these attributes hold.
     *
     * @throws IllegalArgumentException naming the attribute that is missing, mistyped or holds an unknown code, or
     *                                  when the attributes make no valid record
     */
    public static ApplicationRecord fromAttributes(Map<String, ?> attributes) {
        var reader = new AttributeReader(attributes);
        ApplicationId id = reader.valid(APP_UUID, () -> ApplicationId.of(reader.string(APP_UUID)));
        String sourceVersion = reader.string(SOURCE_VERSION);
        long revision = reader.longNumber(REVISION);
        int attempts = reader.intNumber(ATTEMPTS);
        var receivedAt = reader.instant(RECEIVED_AT);
        var updatedAt = reader.instant(UPDATED_AT);
        Optional<ApplicantDetails> applicant = applicant(reader);
        Optional<RefusalReason> refusal = reader.optionalString(REFUSAL_REASON)
                .map(code -> reader.code(RefusalReason.class, REFUSAL_REASON, code));
        Optional<StoredDocuments> documents = documents(reader);
        Optional<FaceCheck> faceCheck = faceCheck(reader);
        Optional<DetailsCheck> detailsCheck = detailsCheck(reader);
        Optional<LicenseValidation> validation = reader.optionalBool(LICENSE_VALIDATION).map(LicenseValidation::of);
        Optional<KycDecision> decision = decision(reader);
        Map<Effect, EffectState> effects = effects(reader);
        Optional<Review> review = review(reader);
        Optional<Purge> purge = purge(reader);
        List<HistoryEvent> history = history(reader);
        if (revision < 1) {
            throw new IllegalArgumentException("attribute " + REVISION + " is below 1");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attribute " + ATTEMPTS + " is negative");
        }
        if (refusal.isPresent() && applicant.isPresent()) {
            throw new IllegalArgumentException("attribute " + REFUSAL_REASON + " stands beside the applicant's details");
        }
        if (documents.isPresent() && applicant.isEmpty()) {
            throw new IllegalArgumentException("attributes " + DETAILS_KEY + ", " + SELFIE_KEY + " and " + LICENSE_KEY
                    + " stand without the applicant's details");
        }
        if (review.isPresent() && decision.map(KycDecision::outcome).orElse(null) != review.get().outcome()) {
            throw new IllegalArgumentException("attribute " + REVIEW + " disagrees with attribute " + DECISION);
        }
        return new ApplicationRecord(id, sourceVersion, revision, attempts, receivedAt, updatedAt, applicant, refusal,
                documents, faceCheck, detailsCheck, validation, decision, effects, history, review, purge);
    }

    private static Map<String, Object> reviewAttributes(Review review) {
        var attributes = new LinkedHashMap<String, Object>();
        attributes.put(REVIEW_AT, review.at().toString());
        attributes.put(REVIEW_REVIEWER, review.reviewer());
        attributes.put(REVIEW_OUTCOME, review.outcome().name());
        attributes.put(REVIEW_REASON, review.reasonCode());
        review.note().ifPresent(note -> attributes.put(REVIEW_NOTE, note));
        return Collections.unmodifiableMap(attributes);
    }

    private static Map<String, Object> purgeAttributes(Purge purge) {
        var attributes = new LinkedHashMap<String, Object>();
        attributes.put(PURGE_AT, purge.at().toString());
        attributes.put(PURGE_REQUESTED_BY, purge.requestedBy());
        attributes.put(PURGE_REASON, purge.reasonCode());
        return Collections.unmodifiableMap(attributes);
    }

    private static Map<String, Object> eventAttributes(HistoryEvent event) {
        var attributes = new LinkedHashMap<String, Object>();
        attributes.put(EVENT_AT, event.at().toString());
        attributes.put(EVENT_KIND, event.kind().name());
        attributes.put(EVENT_ACTOR, event.actor());
        attributes.put(EVENT_CODES, event.codes());
        event.before().ifPresent(outcome -> attributes.put(EVENT_BEFORE, outcome.name()));
        event.after().ifPresent(outcome -> attributes.put(EVENT_AFTER, outcome.name()));
        return Collections.unmodifiableMap(attributes);
    }

    private static void putFaceComparison(Map<String, Object> attributes, FaceComparison comparison) {
        if (comparison instanceof FacesCompared compared) {
            attributes.put(FACE_RESULT, FACES_COMPARED);
            attributes.put(FACE_SIMILARITY, BigDecimal.valueOf(compared.bestSimilarity()));
            attributes.put(FACES_ON_DOCUMENT, BigDecimal.valueOf(compared.facesOnDocument()));
        } else if (comparison instanceof NoFaceInSelfie) {
            attributes.put(FACE_RESULT, NO_FACE_IN_SELFIE);
        } else if (comparison instanceof NoFaceOnDocument) {
            attributes.put(FACE_RESULT, NO_FACE_ON_DOCUMENT);
        } else {
            throw new IllegalArgumentException("unknown face comparison " + comparison.getClass().getSimpleName());
        }
    }

    private static void putDetails(Map<String, Object> attributes, DetailsCheck details) {
        attributes.put(DOCUMENT_SUPPORTED, details.documentSupported());
        attributes.put(LICENSE_EXPIRED, details.licenseExpired());
        if (details.documentSupported()) {
            List<IdField> order = details.fields().stream().map(FieldMatch::field).toList();
            if (!order.equals(IdField.APPLICANT_FIELDS)) {
                throw new IllegalArgumentException("field results must be one per applicant field, in CSV order");
            }
            var results = new LinkedHashMap<String, Object>();
            details.fields().forEach(match -> results.put(match.field().name(), match.reason().name()));
            attributes.put(FIELD_RESULTS, Collections.unmodifiableMap(results));
        }
    }

    /** The eight CSV fields, all or none. */
    private static Optional<ApplicantDetails> applicant(AttributeReader reader) {
        if (IdField.APPLICANT_FIELDS.stream().noneMatch(field -> reader.has(field.name()))) {
            return Optional.empty();
        }
        var values = new EnumMap<IdField, String>(IdField.class);
        for (IdField field : IdField.APPLICANT_FIELDS) {
            values.put(field, reader.string(field.name()));
        }
        return Optional.of(reader.valid(IdField.APPLICANT_FIELDS.get(0).name() + " to "
                + IdField.APPLICANT_FIELDS.get(IdField.APPLICANT_FIELDS.size() - 1).name(),
                () -> ApplicantDetails.of(values)));
    }

    /** The three document keys, all or none. */
    private static Optional<StoredDocuments> documents(AttributeReader reader) {
        if (!reader.has(DETAILS_KEY) && !reader.has(SELFIE_KEY) && !reader.has(LICENSE_KEY)) {
            return Optional.empty();
        }
        return Optional.of(new StoredDocuments(documentRef(reader, DETAILS_KEY), documentRef(reader, SELFIE_KEY),
                documentRef(reader, LICENSE_KEY)));
    }

    private static DocumentRef documentRef(AttributeReader reader, String name) {
        String key = reader.string(name);
        return reader.valid(name, () -> new DocumentRef(key));
    }

    private static Optional<FaceCheck> faceCheck(AttributeReader reader) {
        Optional<String> result = reader.optionalString(FACE_RESULT);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        FaceComparison comparison = switch (result.get()) {
            case FACES_COMPARED -> {
                double similarity = reader.doubleNumber(FACE_SIMILARITY);
                int faces = reader.intNumber(FACES_ON_DOCUMENT);
                yield reader.valid(FACE_SIMILARITY + " or " + FACES_ON_DOCUMENT,
                        () -> new FacesCompared(similarity, faces));
            }
            case NO_FACE_IN_SELFIE -> new NoFaceInSelfie();
            case NO_FACE_ON_DOCUMENT -> new NoFaceOnDocument();
            default -> throw new IllegalArgumentException("attribute " + FACE_RESULT + " has an unknown value");
        };
        boolean passed = reader.bool(LICENSE_SELFIE_MATCH);
        Optional<SelfieQuality> quality = reader.has(SELFIE_QUALITY)
                ? Optional.of(SelfieAttributes.read(reader, SELFIE_QUALITY)) : Optional.empty();
        return Optional.of(reader.valid(LICENSE_SELFIE_MATCH, () -> new FaceCheck(comparison, passed, quality)));
    }

    private static Optional<DetailsCheck> detailsCheck(AttributeReader reader) {
        Optional<Boolean> supported = reader.optionalBool(DOCUMENT_SUPPORTED);
        if (supported.isEmpty()) {
            return Optional.empty();
        }
        boolean expired = reader.bool(LICENSE_EXPIRED);
        var fields = new ArrayList<FieldMatch>();
        if (supported.get()) {
            AttributeReader results = reader.nested(FIELD_RESULTS);
            for (String name : results.names()) {
                if (IdField.fromName(name).filter(IdField.APPLICANT_FIELDS::contains).isEmpty()) {
                    throw new IllegalArgumentException("attribute " + FIELD_RESULTS + " names an unknown field");
                }
            }
            for (IdField field : IdField.APPLICANT_FIELDS) {
                fields.add(new FieldMatch(field, results.code(MatchReason.class, field.name(),
                        results.string(field.name()))));
            }
        }
        return Optional.of(reader.valid(LICENSE_EXPIRED, () -> new DetailsCheck(supported.get(), fields, expired)));
    }

    private static Optional<KycDecision> decision(AttributeReader reader) {
        Optional<String> outcome = reader.optionalString(DECISION);
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        DecisionOutcome decided = reader.code(DecisionOutcome.class, DECISION, outcome.get());
        var reasons = new ArrayList<DecisionReason>();
        for (String code : reader.strings(DECISION_REASONS)) {
            reasons.add(reader.code(DecisionReason.class, DECISION_REASONS, code));
        }
        return Optional.of(reader.valid(DECISION_REASONS, () -> new KycDecision(decided, reasons)));
    }

    private static Optional<Review> review(AttributeReader reader) {
        if (!reader.has(REVIEW)) {
            return Optional.empty();
        }
        AttributeReader review = reader.nested(REVIEW);
        var at = review.instant(REVIEW_AT);
        String reviewer = review.string(REVIEW_REVIEWER);
        DecisionOutcome outcome = review.code(DecisionOutcome.class, REVIEW_OUTCOME, review.string(REVIEW_OUTCOME));
        String reason = review.string(REVIEW_REASON);
        Optional<String> note = review.optionalString(REVIEW_NOTE);
        return Optional.of(reader.valid(REVIEW, () -> new Review(at, reviewer, outcome, reason, note)));
    }

    private static Optional<Purge> purge(AttributeReader reader) {
        if (!reader.has(PURGE)) {
            return Optional.empty();
        }
        AttributeReader purge = reader.nested(PURGE);
        var at = purge.instant(PURGE_AT);
        String requestedBy = purge.string(PURGE_REQUESTED_BY);
        String reason = purge.string(PURGE_REASON);
        return Optional.of(reader.valid(PURGE, () -> new Purge(at, requestedBy, reason)));
    }

    /** Oldest first, as stored; an absent history (a record written before there was one) is empty. */
    private static List<HistoryEvent> history(AttributeReader reader) {
        if (!reader.has(HISTORY)) {
            return List.of();
        }
        List<AttributeReader> events = reader.nestedList(HISTORY);
        var history = new ArrayList<HistoryEvent>(events.size());
        for (int i = 0; i < events.size(); i++) {
            AttributeReader event = events.get(i);
            var at = event.instant(EVENT_AT);
            HistoryEvent.Kind kind = event.code(HistoryEvent.Kind.class, EVENT_KIND, event.string(EVENT_KIND));
            String actor = event.string(EVENT_ACTOR);
            List<String> codes = event.strings(EVENT_CODES);
            Optional<DecisionOutcome> before = event.optionalString(EVENT_BEFORE)
                    .map(code -> event.code(DecisionOutcome.class, EVENT_BEFORE, code));
            Optional<DecisionOutcome> after = event.optionalString(EVENT_AFTER)
                    .map(code -> event.code(DecisionOutcome.class, EVENT_AFTER, code));
            history.add(reader.valid(HISTORY + "[" + i + "]",
                    () -> new HistoryEvent(at, kind, actor, codes, before, after)));
        }
        return history;
    }

    private static Map<Effect, EffectState> effects(AttributeReader reader) {
        if (!reader.has(EFFECTS)) {
            return Map.of();
        }
        AttributeReader all = reader.nested(EFFECTS);
        var effects = new EnumMap<Effect, EffectState>(Effect.class);
        for (String name : all.names()) {
            Effect effect = reader.code(Effect.class, EFFECTS, name);
            AttributeReader state = all.nested(name);
            effects.put(effect, new EffectState(
                    state.code(EffectState.Status.class, EFFECT_STATUS, state.string(EFFECT_STATUS)),
                    state.instant(EFFECT_AT),
                    state.optionalString(EFFECT_CLAIM).orElse("")));
        }
        return effects;
    }
}
