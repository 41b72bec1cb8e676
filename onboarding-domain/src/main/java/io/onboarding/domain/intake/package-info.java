/**
 * Intake: turns an untrusted application package (a zip uploaded by the mobile app) into an
 * {@link io.onboarding.domain.intake.ApplicationPackage}, or refuses it with a
 * {@link io.onboarding.domain.model.RefusalReason}. Everything is read into memory under hard limits
 * ({@link io.onboarding.domain.intake.PackageLimits}); nothing is written anywhere, and no image is decoded.
 * Refusal messages carry rule names and numbers, never package content.
 *
 * <p>Allowed dependencies: the JDK ({@code java.util.zip}, {@code java.nio.charset}), Apache Commons CSV and
 * {@code io.onboarding.domain.model}.
 */
package io.onboarding.domain.intake;
