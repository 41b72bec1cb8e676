/**
 * The licence check without AWS: a {@link io.onboarding.domain.port.LicenseCheckQueue} kept as files in the work
 * directory, and the original system's mock validator called in process. Depends on the domain, Jackson and the
 * JDK.
 */
package io.onboarding.adapters.local.license;
