package io.onboarding.domain.testing;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Application records in a map, with the same conditional-write contract as the real repositories. */
public final class InMemoryApplicationRepository implements ApplicationRepository {
    private final Map<ApplicationId, ApplicationRecord> records = new ConcurrentHashMap<>();
    private final List<ApplicationRecord> history = new CopyOnWriteArrayList<>();
    private Predicate<ApplicationRecord> loseAnswerFor = record -> false;

    @Override
    public Optional<ApplicationRecord> find(ApplicationId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized boolean save(ApplicationRecord record) {
        ApplicationRecord stored = records.get(record.id());
        long expected = record.revision() - 1;
        boolean allowed = stored == null ? expected == 0 : stored.revision() == expected;
        if (allowed) {
            records.put(record.id(), record);
            history.add(record);
            if (loseAnswerFor.test(record)) {
                loseAnswerFor = r -> false;
                return false;   // the write landed, but the caller never hears so (as after a retried request)
            }
        }
        return allowed;
    }

    /** The first successful save of a record matching {@code which} reports failure, as if its answer got lost. */
    public synchronized InMemoryApplicationRepository losingTheAnswerOnce(Predicate<ApplicationRecord> which) {
        this.loseAnswerFor = which;
        return this;
    }

    /** Every successfully stored revision, oldest first. */
    public List<ApplicationRecord> history() {
        return List.copyOf(history);
    }

    public ApplicationRecord get(ApplicationId id) {
        return find(id).orElseThrow(() -> new AssertionError("no record for " + id));
    }
}
