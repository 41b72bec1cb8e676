/**
 * Timing decorators for the two engines, so a run's summary (and the benchmark) can say how much of the time went
 * to OCR and to face comparison. Depends on the domain's ports only.
 */
package io.onboarding.cli.timing;
