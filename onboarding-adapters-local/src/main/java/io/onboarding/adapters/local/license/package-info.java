/**
 * The licence check without AWS: a {@link io.onboarding.domain.port.LicenseCheckQueue} kept as files in the work
 * directory, so a check queued by a run that stopped is still waiting for the next. (The validator answering it in
 * process is the domain's {@code mockvalidator}.) Depends on the domain, Jackson and the JDK.
 */
package io.onboarding.adapters.local.license;
