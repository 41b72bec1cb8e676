package io.onboarding.adapters.aws.dynamodb;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.records.ApplicationRecordCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps an {@link ApplicationRecord} to a DynamoDB item and back, exactly: {@link ApplicationRecordCodec} names the
 * attributes and their neutral values, this mapper only turns those into {@link AttributeValue}s (strings S,
 * numbers N, booleans BOOL, lists L, maps M) and back. A NULL attribute reads as absent; an attribute of another
 * type (a set, binary) reaches the codec as itself, which refuses it by name when it needs the attribute and
 * ignores it otherwise, as it ignores every attribute it does not know.
 *
 * <p>The item adds one attribute of the table's own after the codec's: {@link #EXPIRES_AT}, the table's time-to-live
 * attribute. Reading ignores it.
 */
final class ApplicationItemMapper {
    /**
     * When the record's retention ends, in epoch seconds (N): the upload's {@code receivedAt} plus the retention in
     * years (UTC calendar years, so the same day and time of day; 29 February becomes 28 February), to the second
     * below. The table's TTL deletes the item some time after it, typically within a few days; until then the item
     * can still be read.
     */
    static final String EXPIRES_AT = "EXPIRES_AT";

    private final int retentionYears;

    /** @param retentionYears how long a record is kept after its upload was received, at least 1 */
    ApplicationItemMapper(int retentionYears) {
        if (retentionYears < 1) {
            throw new IllegalArgumentException("record retention must be at least one year");
        }
        this.retentionYears = retentionYears;
    }

    Map<String, AttributeValue> toItem(ApplicationRecord record) {
        Map<String, AttributeValue> item = item(ApplicationRecordCodec.toAttributes(record));
        item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(expiresAt(record.receivedAt()))));
        return item;
    }

    /** The epoch second at which a record received at {@code receivedAt} may be deleted. */
    long expiresAt(Instant receivedAt) {
        return receivedAt.atOffset(ZoneOffset.UTC).plusYears(retentionYears).toEpochSecond();
    }

    /** Neutral attributes as they are stored, in their order. */
    static Map<String, AttributeValue> item(Map<String, ?> attributes) {
        var item = new LinkedHashMap<String, AttributeValue>();
        attributes.forEach((name, value) -> item.put(name, attributeValue(value)));
        return item;
    }

    /** @throws IllegalArgumentException naming the attribute that is missing, mistyped or holds an unknown code */
    ApplicationRecord fromItem(Map<String, AttributeValue> item) {
        var attributes = new LinkedHashMap<String, Object>();
        item.forEach((name, value) -> attributes.put(name, neutral(value)));
        return ApplicationRecordCodec.fromAttributes(attributes);
    }

    private static AttributeValue attributeValue(Object value) {
        if (value instanceof String string) {
            return AttributeValue.fromS(string);
        }
        if (value instanceof BigDecimal number) {
            return AttributeValue.fromN(number.toPlainString());
        }
        if (value instanceof Boolean bool) {
            return AttributeValue.fromBool(bool);
        }
        if (value instanceof List<?> list) {
            return AttributeValue.fromL(list.stream().map(ApplicationItemMapper::attributeValue).toList());
        }
        if (value instanceof Map<?, ?> map) {
            var attributes = new LinkedHashMap<String, AttributeValue>();
            map.forEach((name, nested) -> attributes.put((String) name, attributeValue(nested)));
            return AttributeValue.fromM(attributes);
        }
        throw new IllegalArgumentException("no DynamoDB type for " + value.getClass().getSimpleName());
    }

    private static Object neutral(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> number(value);
            case BOOL -> value.bool();
            case L -> value.l().stream().map(ApplicationItemMapper::neutral).toList();
            case M -> {
                var map = new LinkedHashMap<String, Object>();
                value.m().forEach((name, nested) -> map.put(name, neutral(nested)));
                yield map;
            }
            case NUL -> null;
            default -> value;
        };
    }

    private static Object number(AttributeValue value) {
        try {
            return new BigDecimal(value.n());
        } catch (NumberFormatException e) {   // DynamoDB validates numbers; anything else stays itself, refused by name
            return value;
        }
    }
}
