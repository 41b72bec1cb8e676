/**
 * The {@link io.onboarding.domain.port.Notifier} port on Amazon SNS: one Publish per notification, with ids and
 * reason codes only. Depends on the domain, the SNS SDK, Jackson and {@code io.onboarding.adapters.aws.support};
 * never on another adapter package.
 */
package io.onboarding.adapters.aws.sns;
