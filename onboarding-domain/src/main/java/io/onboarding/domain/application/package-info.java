/**
 * The application aggregate: the {@link io.onboarding.domain.application.ApplicationRecord} of one application,
 * the outbound {@link io.onboarding.domain.application.Effect}s it tracks and their progress. Every use case reads
 * and writes it through {@link io.onboarding.domain.port.ApplicationRepository}. Depends on {@code model} and
 * {@code decision}.
 */
package io.onboarding.domain.application;
