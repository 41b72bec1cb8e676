/**
 * The offline {@link io.onboarding.domain.port.SelfieInspector} until the offline engine inspects selfies (issue
 * 13): a stand-in that reports every selfie as not inspected, so the command-line tool records and shows
 * {@code SELFIE_NOT_INSPECTED} and decides as before. Plain Java: depends on the domain only, no native code.
 */
package io.onboarding.adapters.local.selfie;
