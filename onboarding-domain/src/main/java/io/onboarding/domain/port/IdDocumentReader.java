package io.onboarding.domain.port;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.IdExtraction;

/**
 * Reads the fields of an identity document image, with the reader's confidence per field. An image that is not a
 * supported document is an {@link io.onboarding.domain.model.UnsupportedDocument} outcome, not an exception.
 */
public interface IdDocumentReader {
    IdExtraction read(DocumentRef idDocument);
}
