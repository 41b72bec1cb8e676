/**
 * Value types of the onboarding domain: application ids, the applicant's declared details, what an ID reader, a face
 * comparator and a selfie inspector found, and refusal reasons. Depends on the JDK only. Types holding personal data
 * print none of it.
 */
package io.onboarding.domain.model;
