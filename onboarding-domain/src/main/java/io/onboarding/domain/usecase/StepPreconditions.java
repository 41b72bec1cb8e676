package io.onboarding.domain.usecase;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.StoredDocuments;

/** What a step needs from the steps before it; a workflow that calls steps out of order gets a plain error. */
final class StepPreconditions {
    private StepPreconditions() {
    }

    static StoredDocuments documents(ApplicationRecord record) {
        return record.documents().orElseThrow(() -> new IllegalStateException(
                "application " + record.id() + " has no stored documents: receive its package first"));
    }
}
