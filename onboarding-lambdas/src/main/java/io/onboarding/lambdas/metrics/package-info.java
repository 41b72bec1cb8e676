/**
 * The functions' metrics, written as CloudWatch embedded-metric-format lines on standard output (Lambda ships them
 * to CloudWatch Logs, which extracts the metrics): {@link io.onboarding.lambdas.metrics.EmbeddedMetrics} writes one
 * line per measurement, {@link io.onboarding.lambdas.metrics.OnboardingMetrics} says what is measured (decisions by
 * outcome, refusals by reason, dependency failures by service, step latency). Dimension values are codes and step
 * names, never an applicant's value. Depends on the domain's records and the JDK only: no Jackson, no metrics library,
 * so that it adds next to nothing to a cold start.
 */
package io.onboarding.lambdas.metrics;
