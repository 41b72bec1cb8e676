/**
 * The {@link io.onboarding.domain.port.IdDocumentReader} port on Amazon Textract AnalyzeID: maps the identity
 * document fields, confidences and normalised dates to domain values. Depends on the domain, the Textract SDK and
 * {@code io.onboarding.adapters.aws.support}; never on another adapter package.
 */
package io.onboarding.adapters.aws.textract;
