/**
 * The local {@link io.onboarding.domain.port.Notifier}: notifications appended to a JSON Lines file in the work
 * directory. Depends on the domain, Jackson and the JDK.
 */
package io.onboarding.adapters.local.notify;
