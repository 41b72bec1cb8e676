/**
 * Compares the details an applicant declared with the fields an ID reader found on the identity document, one
 * field at a time, and says why each field matched or not. Plain JDK only; depends on
 * {@code io.onboarding.domain.model}. The rules are documented in {@code docs/matching.md}.
 */
package io.onboarding.domain.matching;
