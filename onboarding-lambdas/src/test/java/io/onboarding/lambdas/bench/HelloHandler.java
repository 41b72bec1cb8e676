package io.onboarding.lambdas.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The cold-start baseline: the hello-world handler of the Lambda Java tutorials, with nothing on its classpath but
 * {@code aws-lambda-java-core}. Every function's cold start is reported as a ratio to this one's.
 */
public final class HelloHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        return "hello " + event.getOrDefault("name", "world");
    }
}
