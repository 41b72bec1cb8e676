package io.onboarding.domain.model;

/**
 * The engine in use has no selfie inspection, so nothing is known about the selfie's quality; the policy judges
 * nothing and the status says so ({@code SELFIE_NOT_INSPECTED}).
 */
public record SelfieNotInspected() implements SelfieInspection {
}
