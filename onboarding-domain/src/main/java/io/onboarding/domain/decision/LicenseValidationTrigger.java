package io.onboarding.domain.decision;

/** When an application's licence number goes to the third-party validator. */
public enum LicenseValidationTrigger {
    /** Only when the face check and the details check both passed, as the original system did. */
    WHEN_BOTH_CHECKS_PASS,
    /** For every application whose package was accepted, whatever the checks said. */
    ALWAYS,
    /** Never: the decision is settled on the face and details checks alone. */
    NEVER
}
