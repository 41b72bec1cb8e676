package io.onboarding.lambdas.bench.powertools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The hello-world handler logging one decision line the way {@code io.onboarding.lambdas.logging.DecisionLog} does:
 * a Jackson {@link ObjectNode} written as one JSON line on standard output, the mapper built once at INIT.
 */
public final class JacksonLineHello implements RequestHandler<Map<String, String>, String> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String name = event.getOrDefault("name", "world");
        ObjectNode line = JSON.createObjectNode();
        line.put("level", "INFO");
        line.put("function", context.getFunctionName());
        line.put("event", "decision");
        line.put("request_id", context.getAwsRequestId());
        line.put("app_uuid", name);
        line.put("decision", "APPROVED");
        line.putArray("reasons");
        try {
            System.out.println(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a log line", e);
        }
        return "hello " + name;
    }
}
