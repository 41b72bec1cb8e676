package io.onboarding.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Typed access to neutral attribute values, as {@link ApplicationRecordCodec} documents them. Error messages name
 * the attribute (with the path of a nested one, such as {@code FIELD_RESULTS.LAST_NAME}), never its content.
 */
final class AttributeReader {
    private final Map<String, ?> attributes;
    private final String prefix;

    AttributeReader(Map<String, ?> attributes) {
        this(attributes, "");
    }

    private AttributeReader(Map<String, ?> attributes, String prefix) {
        this.attributes = attributes;
        this.prefix = prefix;
    }

    /** Present with a value: {@code null} counts as absent. */
    boolean has(String name) {
        return attributes.get(name) != null;
    }

    Set<String> names() {
        return attributes.keySet();
    }

    String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    Optional<String> optionalString(String name) {
        return optional(name, String.class, "a string");
    }

    boolean bool(String name) {
        return optionalBool(name).orElseThrow(() -> missing(name));
    }

    Optional<Boolean> optionalBool(String name) {
        return optional(name, Boolean.class, "a boolean");
    }

    long longNumber(String name) {
        try {
            return number(name).longValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(name, "an integer");
        }
    }

    int intNumber(String name) {
        try {
            return number(name).intValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(name, "an integer");
        }
    }

    double doubleNumber(String name) {
        return number(name).doubleValue();
    }

    /** A number that may be absent. */
    OptionalDouble optionalDouble(String name) {
        return has(name) ? OptionalDouble.of(doubleNumber(name)) : OptionalDouble.empty();
    }

    Instant instant(String name) {
        try {
            return Instant.parse(string(name));
        } catch (DateTimeParseException e) {
            throw wrongType(name, "an ISO-8601 instant");
        }
    }

    /** A list of strings. */
    List<String> strings(String name) {
        List<?> values = optional(name, List.class, "a list").orElseThrow(() -> missing(name));
        var strings = new ArrayList<String>(values.size());
        for (Object value : values) {
            if (!(value instanceof String string)) {
                throw new IllegalArgumentException("attribute " + prefix + name + " holds a non-string");
            }
            strings.add(string);
        }
        return strings;
    }

    /** The map under {@code name}, read with the same rules; its attributes are named {@code name.<key>}. */
    AttributeReader nested(String name) {
        return map(optional(name, Map.class, "a map").orElseThrow(() -> missing(name)), name);
    }

    private AttributeReader map(Object value, String name) {
        if (!(value instanceof Map<?, ?> map)) {
            throw wrongType(name, "a map");
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalArgumentException("attribute " + prefix + name + " has a key that is not a name");
            }
        }
        @SuppressWarnings("unchecked")   // every key was checked above
        Map<String, ?> named = (Map<String, ?>) map;
        return new AttributeReader(named, prefix + name + ".");
    }

    /**
     * The list of maps under {@code name}, each read with the same rules; the attributes of its entry {@code i} are
     * named {@code name[i].<key>}.
     */
    List<AttributeReader> nestedList(String name) {
        List<?> values = optional(name, List.class, "a list").orElseThrow(() -> missing(name));
        var readers = new ArrayList<AttributeReader>(values.size());
        for (int i = 0; i < values.size(); i++) {
            readers.add(map(values.get(i), name + "[" + i + "]"));
        }
        return readers;
    }

    /** The constant of {@code type} named {@code code}, read from attribute {@code name}. */
    <E extends Enum<E>> E code(Class<E> type, String name, String code) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("attribute " + prefix + name + " has an unknown value");
        }
    }

    /**
     * Builds a domain value from attribute {@code name}; the domain's refusal becomes an error naming the attribute
     * (the domain's own message stays in the cause).
     */
    <T> T valid(String name, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("attribute " + prefix + name + " is not valid", e);
        }
    }

    private BigDecimal number(String name) {
        Number number = optional(name, Number.class, "a number").orElseThrow(() -> missing(name));
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {   // NaN and the infinities
            throw wrongType(name, "a number");
        }
    }

    private <T> Optional<T> optional(String name, Class<T> type, String expected) {
        Object value = attributes.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw wrongType(name, expected);
        }
        return Optional.of(type.cast(value));
    }

    private IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("attribute " + prefix + name + " is missing");
    }

    private IllegalArgumentException wrongType(String name, String expected) {
        return new IllegalArgumentException("attribute " + prefix + name + " is not " + expected);
    }
}
