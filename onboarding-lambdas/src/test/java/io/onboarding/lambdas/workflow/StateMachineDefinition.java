package io.onboarding.lambdas.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ApplicationStateMachine's definition exactly as template.yaml declares it, its {@code ${...}} placeholders
 * (DefinitionSubstitutions) replaced, as JSON for asl-validator or a local interpreter. Tests run the template's
 * definition through this class rather than a copy of it, so a change to the template is what they exercise.
 */
public final class StateMachineDefinition {
    /** The state machine's logical id in template.yaml. */
    public static final String RESOURCE = "ApplicationStateMachine";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private StateMachineDefinition() {
    }

    /** template.yaml at the repository root, seen from the reactor root or from the onboarding-lambdas module. */
    public static Path template() {
        Path path = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "template.yaml");
        return Files.exists(path) ? path : Path.of("..", "template.yaml");
    }

    /** The definition as written, placeholders left in (CloudFormation's intrinsic tags elsewhere are ignored). */
    public static JsonNode definition(Path template) {
        JsonNode definition = stateMachine(template).path("Properties").path("Definition");
        if (!definition.isObject()) {
            throw new IllegalStateException(RESOURCE + " in " + template + " has no inline Definition");
        }
        return definition;
    }

    /** The names DefinitionSubstitutions declares, e.g. {@code ReceivePackageFunctionArn}, in template order. */
    public static Set<String> substitutionKeys(Path template) {
        Set<String> keys = new LinkedHashSet<>();
        stateMachine(template).path("Properties").path("DefinitionSubstitutions").fieldNames()
                .forEachRemaining(keys::add);
        return keys;
    }

    /**
     * Each substitution key mapped to a plausible Lambda ARN in us-east-1 (what CloudFormation would put there):
     * {@code ReceivePackageFunctionArn} to {@code arn:aws:lambda:us-east-1:123456789012:function:onboarding-ReceivePackageFunction}.
     */
    public static Map<String, String> plausibleLambdaArns(Path template) {
        Map<String, String> arns = new LinkedHashMap<>();
        for (String key : substitutionKeys(template)) {
            String function = key.endsWith("Arn") ? key.substring(0, key.length() - 3) : key;
            arns.put(key, "arn:aws:lambda:us-east-1:123456789012:function:onboarding-" + function);
        }
        return arns;
    }

    /**
     * The definition as JSON with every {@code ${key}} replaced by {@code substitutions.get(key)} (a function ARN,
     * or for a local run a function name). Fails if a placeholder has no substitution, so nothing reaches an
     * interpreter half-substituted.
     */
    public static String fromTemplate(Path template, Map<String, String> substitutions) {
        JsonNode substituted = substitute(definition(template).deepCopy(), substitutions);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(substituted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode stateMachine(Path template) {
        JsonNode root;
        try {
            root = YAML.readTree(template.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + template, e);
        }
        JsonNode resource = root.path("Resources").path(RESOURCE);
        if (!resource.isObject()) {
            throw new IllegalStateException(template + " declares no " + RESOURCE);
        }
        return resource;
    }

    private static JsonNode substitute(JsonNode node, Map<String, String> substitutions) {
        if (node.isTextual()) {
            return new TextNode(replace(node.asText(), substitutions));
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substitute(array.get(i), substitutions));
            }
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            for (String name : names) {
                object.set(name, substitute(object.get(name), substitutions));
            }
        }
        return node;
    }

    private static String replace(String text, Map<String, String> substitutions) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = substitutions.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no substitution for ${" + matcher.group(1) + "} in " + RESOURCE
                        + "'s definition; given: " + substitutions.keySet());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
