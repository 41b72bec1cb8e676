/**
 * The driven ports: interfaces the use cases call (document storage, applicant records, face comparison, selfie
 * inspection, ID reading, notification, licence-check queue, licence validator), the records they carry and the
 * dependency exceptions they throw. Depends on {@code model} and {@code application} only; adapters live in other
 * modules.
 */
package io.onboarding.domain.port;
