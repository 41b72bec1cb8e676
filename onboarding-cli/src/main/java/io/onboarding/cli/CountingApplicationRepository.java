package io.onboarding.cli;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import java.util.Optional;

/**
 * One worker's view of the applicant store that counts the records it stored, so the worker can tell a duplicate
 * delivery (the use case stored nothing) from a package it processed. Confined to the worker's thread.
 */
final class CountingApplicationRepository implements ApplicationRepository {
    private final ApplicationRepository delegate;
    private long saves;

    CountingApplicationRepository(ApplicationRepository delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<ApplicationRecord> find(ApplicationId id) {
        return delegate.find(id);
    }

    @Override
    public boolean save(ApplicationRecord record) {
        boolean saved = delegate.save(record);
        if (saved) {
            saves++;
        }
        return saved;
    }

    long saves() {
        return saves;
    }
}
