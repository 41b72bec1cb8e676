package io.onboarding.lambdas.bench.powertools;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.array;
import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * {@link PowertoolsLoggingHello} plus Powertools v2 metrics: one count metric and the cold-start metric per
 * invocation, flushed as an EMF document on standard output (namespace and service from
 * {@code POWERTOOLS_METRICS_NAMESPACE} / {@code POWERTOOLS_SERVICE_NAME}).
 */
public final class PowertoolsMetricsHello implements RequestHandler<Map<String, String>, String> {
    private static final Logger LOG = LoggerFactory.getLogger(PowertoolsMetricsHello.class);
    private static final Metrics METRICS = MetricsFactory.getMetricsInstance();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        try {
            return PowertoolsLogging.withLogging(context, () -> {
                String name = event.getOrDefault("name", "world");
                METRICS.captureColdStartMetric(context);
                METRICS.addMetric("Decisions", 1, MetricUnit.COUNT);
                LOG.info("decision", entry("app_uuid", name), entry("decision", "APPROVED"), array("reasons"));
                return "hello " + name;
            });
        } finally {
            METRICS.flush();
        }
    }
}
