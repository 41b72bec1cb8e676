package io.onboarding.adapters.local.store;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.records.ApplicationRecordCodec;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record file: the record codec's attributes ({@link ApplicationRecordCodec}, the DynamoDB item's names and
 * codes) as one JSON object, plus {@code SCHEMA_VERSION}. Numbers are read as decimals, so a similarity comes back
 * exactly. Schema 3 added the history, the review and the purge; a file of schema 2 has none of them and reads as a
 * record with an empty history. Schema 4 added the face check's selfie check; a file of schema 2 or 3 has none and
 * reads as a face check without one. Reads the files of schema 1 (the release before the shared codec, which nested the
 * applicant, the documents and each check in objects of their own) by flattening them into today's attributes; a
 * newer schema is an {@link UnsupportedSchemaException}. Errors name the attribute, never its value.
 */
final class RecordJson {
    static final String SCHEMA_VERSION = "SCHEMA_VERSION";
    /**
     * Written by this release. Raised from 2 with the history: a release that reads schema 2 would drop the history
     * it does not know on its next save, so it must refuse these files instead. Raised from 3 with the selfie check
     * for the same reason, and a worse one: without it, a face check failed for the selfie's quality would read as a
     * face mismatch.
     */
    static final int SCHEMA = 4;
    /** Schema 1 kept these parts as objects of their own; their attributes are today's, but for two names. */
    private static final Map<String, Map<String, String>> SCHEMA_ONE_OBJECTS = Map.of(
            "APPLICANT", Map.of(),
            "DOCUMENTS", Map.of(),
            "FACE_CHECK", Map.of("RESULT", ApplicationRecordCodec.FACE_RESULT,
                    "SIMILARITY", ApplicationRecordCodec.FACE_SIMILARITY),
            "DETAILS_CHECK", Map.of());

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private RecordJson() {
    }

    static byte[] write(ApplicationRecord record) throws IOException {
        var file = new LinkedHashMap<String, Object>();
        file.put(SCHEMA_VERSION, SCHEMA);
        file.putAll(ApplicationRecordCodec.toAttributes(record));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    }

    /**
     * @throws IOException                when the bytes are not a JSON object
     * @throws IllegalArgumentException   naming the attribute that is missing, mistyped or holds an unknown code
     * @throws UnsupportedSchemaException when a later release wrote the file
     */
    static ApplicationRecord read(byte[] bytes) throws IOException {
        Map<String, Object> file = JSON.readValue(bytes, OBJECT);
        if (file == null) {
            throw new IllegalArgumentException("the record file holds no object");
        }
        Object schema = file.remove(SCHEMA_VERSION);
        if (!(schema instanceof Integer version)) {
            throw new IllegalArgumentException("attribute " + SCHEMA_VERSION + " is missing or not an integer");
        }
        if (version > SCHEMA) {
            throw new UnsupportedSchemaException(version);
        }
        if (version == 1) {
            return ApplicationRecordCodec.fromAttributes(fromSchemaOne(file));
        }
        if (version < 1) {
            throw new IllegalArgumentException("attribute " + SCHEMA_VERSION + " has an unknown value");
        }
        return ApplicationRecordCodec.fromAttributes(file);   // schemas 2 and 3 are 4 without the later attributes
    }

    /** Schema 1's objects flattened into the attributes they held, under today's names. */
    private static Map<String, Object> fromSchemaOne(Map<String, Object> file) {
        var attributes = new LinkedHashMap<String, Object>();
        file.forEach((name, value) -> {
            Map<String, String> renamed = SCHEMA_ONE_OBJECTS.get(name);
            if (renamed == null) {
                attributes.put(name, value);
            } else if (value instanceof Map<?, ?> object) {
                object.forEach((nested, nestedValue) -> attributes.put(
                        renamed.getOrDefault((String) nested, (String) nested), nestedValue));
            } else if (value != null) {
                throw new IllegalArgumentException("attribute " + name + " is not an object");
            }
        });
        return attributes;
    }

    /** The file's record schema is newer than this release reads. */
    static final class UnsupportedSchemaException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int schema;

        UnsupportedSchemaException(int schema) {
            super("record schema " + schema + " is newer than this release reads (1 to " + SCHEMA + ")");
            this.schema = schema;
        }

        int schema() {
            return schema;
        }
    }
}
