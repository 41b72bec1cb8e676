/**
 * The bank's policy ({@link io.onboarding.domain.decision.KycPolicy}) and what it produces: per-check results and
 * the {@link io.onboarding.domain.decision.KycDecision} with reason codes. Depends on {@code model} and
 * {@code matching}.
 */
package io.onboarding.domain.decision;
