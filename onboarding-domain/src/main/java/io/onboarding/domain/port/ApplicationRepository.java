package io.onboarding.domain.port;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.model.ApplicationId;
import java.util.Optional;

/**
 * Keeps one {@link ApplicationRecord} per application id. Writes are conditional on the revision, which is how
 * duplicate and concurrent deliveries stay idempotent: of two processes writing the same revision, one wins and
 * the other re-reads.
 */
public interface ApplicationRepository {
    Optional<ApplicationRecord> find(ApplicationId id);

    /**
     * Stores {@code record} only if the stored record's revision is {@code record.revision() - 1}, or nothing is
     * stored and {@code record.revision()} is 1. Returns false, and changes nothing, when that condition fails.
     */
    boolean save(ApplicationRecord record);
}
