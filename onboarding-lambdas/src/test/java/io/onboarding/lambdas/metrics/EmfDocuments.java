package io.onboarding.lambdas.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a document against CloudWatch's embedded metric format specification (the rules of its JSON schema and of
 * its text): the {@code _aws} metadata with an integer {@code Timestamp} and at least one metric directive; each
 * directive with a namespace, a non-empty array of dimension sets (each of at most 30 keys, every key a string member
 * of the root) and at most 100 metric definitions, each naming a numeric root member, with a CloudWatch unit.
 */
public final class EmfDocuments {
    private static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");

    private EmfDocuments() {
    }

    /** The specification's rules {@code document} breaks; empty for a valid document. */
    public static List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        JsonNode aws = document.path("_aws");
        if (!aws.isObject()) {
            return List.of("no _aws object");
        }
        if (!aws.path("Timestamp").isIntegralNumber()) {
            violations.add("_aws.Timestamp is not an integer");
        }
        JsonNode directives = aws.path("CloudWatchMetrics");
        if (!directives.isArray() || directives.isEmpty()) {
            violations.add("_aws.CloudWatchMetrics is not a non-empty array");
            return violations;
        }
        for (JsonNode directive : directives) {
            JsonNode namespace = directive.path("Namespace");
            if (!namespace.isTextual() || namespace.textValue().isEmpty() || namespace.textValue().length() > 1024) {
                violations.add("a directive has no valid Namespace");
            }
            JsonNode dimensions = directive.path("Dimensions");
            if (!dimensions.isArray() || dimensions.isEmpty()) {
                violations.add("a directive has no dimension set array");
            } else {
                for (JsonNode set : dimensions) {
                    if (!set.isArray() || set.size() > 30) {
                        violations.add("a dimension set is not an array of at most 30 keys");
                        continue;
                    }
                    for (JsonNode key : set) {
                        if (!key.isTextual() || !document.path(key.asText()).isTextual()) {
                            violations.add("dimension " + key + " is not a string member of the root");
                        }
                    }
                }
            }
            JsonNode metrics = directive.path("Metrics");
            if (!metrics.isArray() || metrics.size() > 100) {
                violations.add("a directive has no array of at most 100 metrics");
                continue;
            }
            Set<String> names = new HashSet<>();
            for (JsonNode metric : metrics) {
                String name = metric.path("Name").asText("");
                if (name.isEmpty() || !names.add(name)) {
                    violations.add("a metric has no name, or repeats one");
                } else if (!document.path(name).isNumber()) {
                    violations.add("metric " + name + " is not a numeric member of the root");
                }
                if (metric.has("Unit") && !UNITS.contains(metric.path("Unit").asText())) {
                    violations.add("metric " + name + " has no CloudWatch unit");
                }
            }
        }
        return violations;
    }
}
