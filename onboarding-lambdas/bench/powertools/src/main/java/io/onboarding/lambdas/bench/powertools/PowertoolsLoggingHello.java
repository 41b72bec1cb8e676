package io.onboarding.lambdas.bench.powertools;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.array;
import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The same decision line through Powertools v2 logging: SLF4J on log4j2 with Powertools' JSON template
 * ({@code log4j2.xml}), using the functional {@link PowertoolsLogging#withLogging} API, which adds the Lambda
 * context fields (function name, request id, cold start, ...) without AspectJ weaving. The logger is created at
 * INIT, as in Powertools' examples.
 */
public final class PowertoolsLoggingHello implements RequestHandler<Map<String, String>, String> {
    private static final Logger LOG = LoggerFactory.getLogger(PowertoolsLoggingHello.class);

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        return PowertoolsLogging.withLogging(context, () -> {
            String name = event.getOrDefault("name", "world");
            LOG.info("decision", entry("app_uuid", name), entry("decision", "APPROVED"), array("reasons"));
            return "hello " + name;
        });
    }
}
