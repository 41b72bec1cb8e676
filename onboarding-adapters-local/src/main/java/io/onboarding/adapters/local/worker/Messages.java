package io.onboarding.adapters.local.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.FaceComparison;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.NoFaceOnDocument;
import io.onboarding.domain.model.UnsupportedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON of the worker protocol: requests ({@code compare}, {@code read}) name their documents by key and are
 * followed by one frame per document; answers carry the engine's result, an engine error, or {@code ready} once a
 * new worker has loaded its engines. Results travel whole, personal data included: the channel is a pipe between
 * two processes of the same run, never a log.
 */
final class Messages {
    static final String OP = "op";
    static final String COMPARE = "compare";
    static final String READ = "read";
    static final String SELFIE = "selfie";
    static final String DOCUMENT = "document";
    static final String MINIMUM_SIMILARITY = "minimumSimilarity";
    static final String READY = "ready";
    static final String ERROR = "error";
    static final String FACE = "face";
    static final String ID = "id";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Messages() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws Frames.ProtocolException when the bytes are not a JSON object */
    static JsonNode parse(byte[] bytes) throws Frames.ProtocolException {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new Frames.ProtocolException("a message is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new Frames.ProtocolException("a message is not JSON");
        }
    }

    static ObjectNode error(String dependency, String message, boolean retryable, boolean outOfMemory) {
        ObjectNode answer = object();
        answer.putObject(ERROR).put("dependency", dependency).put("message", message).put("retryable", retryable)
                .put("outOfMemory", outOfMemory);
        return answer;
    }

    static ObjectNode face(FaceComparison comparison) {
        ObjectNode answer = object();
        ObjectNode face = answer.putObject(FACE);
        if (comparison instanceof FacesCompared compared) {
            face.put("type", "FACES_COMPARED").put("similarity", compared.bestSimilarity())
                    .put("facesOnDocument", compared.facesOnDocument());
        } else if (comparison instanceof NoFaceInSelfie) {
            face.put("type", "NO_FACE_IN_SELFIE");
        } else if (comparison instanceof NoFaceOnDocument) {
            face.put("type", "NO_FACE_ON_DOCUMENT");
        } else {
            throw new IllegalArgumentException("unknown comparison " + comparison.getClass().getSimpleName());
        }
        return answer;
    }

    static FaceComparison face(JsonNode face) throws Frames.ProtocolException {
        try {
            return switch (face.path("type").asText()) {
                case "FACES_COMPARED" -> new FacesCompared(number(face, "similarity"),
                        (int) number(face, "facesOnDocument"));
                case "NO_FACE_IN_SELFIE" -> new NoFaceInSelfie();
                case "NO_FACE_ON_DOCUMENT" -> new NoFaceOnDocument();
                default -> throw new Frames.ProtocolException("unknown face result");
            };
        } catch (IllegalArgumentException e) {
            throw new Frames.ProtocolException("an impossible face result");
        }
    }

    static ObjectNode id(IdExtraction extraction) {
        ObjectNode answer = object();
        ObjectNode id = answer.putObject(ID);
        if (extraction instanceof UnsupportedDocument unsupported) {
            id.put("type", "UNSUPPORTED").put("detail", unsupported.detail());
        } else if (extraction instanceof ExtractedIdDocument document) {
            ObjectNode fields = id.put("type", "EXTRACTED").putObject("fields");
            for (Map.Entry<IdField, ExtractedField> entry : document.fields().entrySet()) {
                ExtractedField field = entry.getValue();
                ObjectNode node = fields.putObject(entry.getKey().name()).put("text", field.text())
                        .put("confidence", field.confidence());
                field.normalizedDate().ifPresent(date -> node.put("date", date.toString()));
            }
        } else {
            throw new IllegalArgumentException("unknown extraction " + extraction.getClass().getSimpleName());
        }
        return answer;
    }

    static IdExtraction id(JsonNode id) throws Frames.ProtocolException {
        try {
            switch (id.path("type").asText()) {
                case "UNSUPPORTED":
                    return new UnsupportedDocument(text(id, "detail"));
                case "EXTRACTED":
                    var fields = new EnumMap<IdField, ExtractedField>(IdField.class);
                    for (Iterator<Map.Entry<String, JsonNode>> it = id.path("fields").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> entry = it.next();
                        JsonNode field = entry.getValue();
                        String text = text(field, "text");
                        double confidence = number(field, "confidence");
                        fields.put(IdField.valueOf(entry.getKey()), field.hasNonNull("date")
                                ? ExtractedField.ofDate(text, confidence, LocalDate.parse(field.get("date").asText()))
                                : ExtractedField.of(text, confidence));
                    }
                    return ExtractedIdDocument.of(fields);
                default:
                    throw new Frames.ProtocolException("unknown reading result");
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // the text is not quoted: it may be a value read off the licence
            throw new Frames.ProtocolException("an impossible reading result");
        }
    }

    private static String text(JsonNode node, String name) throws Frames.ProtocolException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new Frames.ProtocolException("missing text " + name);
        }
        return value.asText();
    }

    private static double number(JsonNode node, String name) throws Frames.ProtocolException {
        JsonNode value = node.get(name);
        if (value == null || !value.isNumber()) {
            throw new Frames.ProtocolException("missing number " + name);
        }
        return value.asDouble();
    }
}
