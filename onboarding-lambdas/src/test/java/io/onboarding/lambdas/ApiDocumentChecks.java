package io.onboarding.lambdas;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the template needs from the OpenAPI document it includes (api/openapi.yaml): every operation integrated with
 * a function of the template (Lambda proxy, payload 2.0, named with a long-form {@code Fn::Sub} or {@code Fn::GetAtt},
 * since AWS::Include takes no short forms) and authorised with SigV4 only.
 */
final class ApiDocumentChecks {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern SUBSTITUTED_ARN = Pattern.compile("\\$\\{([A-Za-z0-9]+)\\.Arn}");

    private ApiDocumentChecks() {
    }

    /** Each operation as {@code "METHOD /path"}, in the document's order, with the function it is integrated with. */
    static Map<String, Optional<String>> routes(JsonNode document) {
        Map<String, Optional<String>> routes = new LinkedHashMap<>();
        operations(document).forEach((route, operation) -> routes.put(route, function(operation)));
        return routes;
    }

    /** The rules {@code document} breaks, given the template's resources; empty when it keeps them all. */
    static List<String> violations(JsonNode document, JsonNode resources) {
        List<String> violations = new ArrayList<>();
        if (!document.path("openapi").asText().startsWith("3.0")) {
            violations.add("not an OpenAPI 3.0 document");
        }
        Map<String, JsonNode> operations = operations(document);
        if (operations.isEmpty()) {
            violations.add("no operation");
        }
        operations.forEach((route, operation) -> {
            JsonNode integration = operation.path("x-amazon-apigateway-integration");
            if (!integration.path("type").asText().equals("aws_proxy")
                    || !integration.path("payloadFormatVersion").asText().equals("2.0")) {
                violations.add(route + ": not a Lambda proxy integration with payload format 2.0");
            }
            Optional<String> function = function(operation);
            if (function.isEmpty()) {
                violations.add(route + ": the integration's uri names no function with Fn::Sub or Fn::GetAtt");
            } else if (!resources.path(function.get()).path("Type").asText().equals("AWS::Serverless::Function")) {
                violations.add(route + ": " + function.get() + " is not a function of the template");
            }
            if (!signedOnly(document, operation)) {
                violations.add(route + ": not authorised with SigV4 only");
            }
        });
        return violations;
    }

    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.put(entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), entry.getValue());
            }
        }));
        return operations;
    }

    /**
     * The function an operation's integration uri names: {@code Fn::Sub} with one {@code ${X.Arn}}, or
     * {@code Fn::GetAtt}.
     */
    private static Optional<String> function(JsonNode operation) {
        JsonNode uri = operation.path("x-amazon-apigateway-integration").path("uri");
        JsonNode sub = uri.path("Fn::Sub");
        String template = sub.isArray() ? sub.path(0).asText() : sub.asText();
        Matcher arn = SUBSTITUTED_ARN.matcher(template);
        if (sub.isValueNode() || sub.isArray()) {
            if (arn.find()) {
                String name = arn.group(1);
                return arn.find() ? Optional.empty() : Optional.of(name);
            }
            return Optional.empty();
        }
        JsonNode getAtt = uri.path("Fn::GetAtt");
        if (getAtt.isArray() && getAtt.size() == 2 && getAtt.get(1).asText().equals("Arn")) {
            return Optional.of(getAtt.get(0).asText());
        }
        if (getAtt.isTextual() && getAtt.asText().endsWith(".Arn")) {
            return Optional.of(getAtt.asText().substring(0, getAtt.asText().length() - ".Arn".length()));
        }
        return Optional.empty();
    }

    /**
     * True when the operation's security (its own, or else the document's) requires SigV4 and offers no other way
     * in: every requirement names only schemes of type {@code awsSigv4}, and no requirement is empty (anonymous).
     */
    private static boolean signedOnly(JsonNode document, JsonNode operation) {
        JsonNode requirements = operation.has("security") ? operation.get("security") : document.path("security");
        if (!requirements.isArray() || requirements.isEmpty()) {
            return false;
        }
        JsonNode schemes = document.path("components").path("securitySchemes");
        for (JsonNode requirement : requirements) {
            if (requirement.isEmpty()) {
                return false;
            }
            for (var names = requirement.fieldNames(); names.hasNext(); ) {
                JsonNode scheme = schemes.path(names.next());
                if (!scheme.path("x-amazon-apigateway-authtype").asText().equalsIgnoreCase("awsSigv4")
                        || !scheme.path("type").asText().equals("apiKey")
                        || !scheme.path("name").asText().equalsIgnoreCase("Authorization")
                        || !scheme.path("in").asText().equals("header")) {
                    return false;
                }
            }
        }
        return true;
    }
}
