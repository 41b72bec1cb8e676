package io.onboarding.adapters.local.store;

import io.onboarding.domain.model.DocumentRef;

/** Reads the bytes of a stored document, so the offline engines can work on what the local store holds. */
@FunctionalInterface
public interface DocumentBytes {
    /** @throws io.onboarding.domain.port.DocumentNotFoundException when nothing is stored under the reference */
    byte[] read(DocumentRef ref);
}
