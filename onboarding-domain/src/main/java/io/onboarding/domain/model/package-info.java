/**
 * Value types of the onboarding domain: application ids, the applicant's declared details, what an ID reader and
 * a face comparator found, and refusal reasons. Depends on the JDK only. Types holding personal data print none
 * of it.
 */
package io.onboarding.domain.model;
