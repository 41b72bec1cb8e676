package io.onboarding.records.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.records.ApplicationRecordCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link ApplicationRepository} promises, run against each store by a subclass: every shape of record
 * comes back equal to what was saved, and {@code save} is conditional on the revision (the first save needs
 * revision 1 on nothing stored, each later one the stored revision plus one; of two writers of a revision exactly
 * one wins; a refused save changes nothing). The history, the review with its note and the purge come back exactly;
 * as saves follow each other the stored history only grows at its end; a record stored before there was a history
 * reads with an empty one. Ids are random per test, so stores may share a table or directory.
 * Shipped in the codec's test-jar.
 */
public abstract class ApplicationRepositoryContract {

    /** The store under test. Called once or more per test; every call must reach the same store. */
    protected abstract ApplicationRepository repository();

    /**
     * Stores {@code attributes} as the release before the history wrote a record (record schema 2: the codec's
     * attributes without {@code HISTORY}, {@code REVIEW} and {@code PURGE}), bypassing {@code save}.
     */
    protected abstract void storeAsWrittenBeforeTheHistory(Map<String, Object> attributes);

    static Stream<ApplicationRecord> everyShape() {
        return ApplicationRecords.everyShape(uniquePrefix()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyShape")
    void findsEveryShapeOfRecordExactlyAsSaved(ApplicationRecord record) {
        ApplicationRepository repository = repository();
        for (long revision = 1; revision < record.revision(); revision++) {
            assertThat(repository.save(ApplicationRecords.atRevision(record, revision))).as("revision " + revision)
                    .isTrue();
        }

        boolean saved = repository.save(record);

        assertThat(saved).isTrue();
        assertThat(repository.find(record.id())).contains(record);
    }

    @Test
    void findsNothingForAnUnknownApplication() {
        assertThat(repository().find(ApplicationId.of(uniquePrefix() + "-unknown"))).isEmpty();
    }

    @Test
    void savesTheFirstRevisionOnce() {
        ApplicationRecord first = ApplicationRecords.sampleApplicant(uniquePrefix() + "-app");

        boolean saved = repository().save(first);
        boolean savedAgain = repository().save(first);

        assertThat(saved).isTrue();
        assertThat(savedAgain).isFalse();
        assertThat(repository().find(first.id())).contains(first);
    }

    @Test
    void savesEachNextRevisionOnTopOfTheStoredOne() {
        ApplicationRecord first = ApplicationRecords.sampleApplicant(uniquePrefix() + "-app");
        ApplicationRecord second = first.withAttempt(ApplicationRecords.RECEIVED.plusSeconds(1));
        ApplicationRecord third = second.withFaceCheck(new FaceCheck(new FacesCompared(91.25, 2), true),
                ApplicationRecords.RECEIVED.plusSeconds(2));

        boolean savedFirst = repository().save(first);
        boolean savedSecond = repository().save(second);
        boolean savedThird = repository().save(third);

        assertThat(List.of(savedFirst, savedSecond, savedThird)).containsOnly(true);
        assertThat(repository().find(first.id())).contains(third);
    }

    @Test
    void refusesARevisionWhoseBaseIsNotTheStoredOne() {
        ApplicationRecord first = ApplicationRecords.sampleApplicant(uniquePrefix() + "-app");
        ApplicationRecord second = first.withAttempt(ApplicationRecords.RECEIVED);
        ApplicationRecord third = second.withAttempt(ApplicationRecords.RECEIVED);

        boolean secondOnNothing = repository().save(second);
        repository().save(first);
        boolean thirdOnFirst = repository().save(third);
        repository().save(second);
        boolean firstOnSecond = repository().save(first);
        boolean secondAgain = repository().save(second);

        assertThat(List.of(secondOnNothing, thirdOnFirst, firstOnSecond, secondAgain)).containsOnly(false);
        assertThat(repository().find(first.id())).contains(second);
    }

    @Test
    void refusesTheLaterOfTwoWritersOfTheSameRevision() {
        ApplicationRecord base = ApplicationRecords.sampleApplicant(uniquePrefix() + "-app");
        repository().save(base);
        ApplicationRecord ours = base.withFaceCheck(new FaceCheck(new FacesCompared(95, 2), true),
                ApplicationRecords.RECEIVED.plusSeconds(1));
        ApplicationRecord theirs = base.withFaceCheck(new FaceCheck(new NoFaceInSelfie(), false),
                ApplicationRecords.RECEIVED.plusSeconds(2));

        boolean theirsSaved = repository().save(theirs);
        boolean oursSaved = repository().save(ours);

        assertThat(theirsSaved).isTrue();
        assertThat(oursSaved).isFalse();
        assertThat(repository().find(base.id())).contains(theirs);
    }

    @Test
    void replacesARecordWithANewUploadOnTopOfItsRevision() {
        ApplicationRecord approved = ApplicationRecords.sampleApplicantApproved(uniquePrefix() + "-app");
        for (long revision = 1; revision <= approved.revision(); revision++) {
            repository().save(ApplicationRecords.atRevision(approved, revision));
        }
        ApplicationRecord reupload = ApplicationRecord.refused(approved.id(), "another-version",
                approved.revision() + 1, RefusalReason.CSV_RAGGED, ApplicationRecords.RECEIVED.plusSeconds(60));
        ApplicationRecord stale = ApplicationRecord.accepted(approved.id(), "stale-version", approved.revision(),
                TestApplications.anApplicant().build(), ApplicationRecords.RECEIVED.plusSeconds(61));

        boolean replaced = repository().save(reupload);
        boolean staleSaved = repository().save(stale);

        assertThat(replaced).isTrue();
        assertThat(staleSaved).isFalse();
        assertThat(repository().find(approved.id())).contains(reupload);
    }

    @Test
    void letsExactlyOneOfManyConcurrentWritersOfARevisionWin() throws Exception {
        ApplicationRecord base = ApplicationRecords.sampleApplicant(uniquePrefix() + "-app");
        repository().save(base);
        int writers = 8;
        var candidates = new ArrayList<ApplicationRecord>();
        for (int i = 0; i < writers; i++) {
            candidates.add(base.withAttempt(ApplicationRecords.RECEIVED.plusMillis(i + 1L)));
        }
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        var results = new ArrayList<Future<Boolean>>();
        try {
            for (ApplicationRecord candidate : candidates) {
                ApplicationRepository repository = repository();
                results.add(pool.submit(() -> {
                    start.await();
                    return repository.save(candidate);
                }));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        var winners = new ArrayList<ApplicationRecord>();
        for (int i = 0; i < writers; i++) {
            if (results.get(i).get()) {
                winners.add(candidates.get(i));
            }
        }
        assertThat(winners).hasSize(1);
        assertThat(repository().find(base.id())).contains(winners.get(0));
    }

    @Test
    void findsAFullHistoryAReviewWithItsNoteAndAPurgeExactlyAsSaved() {
        ApplicationRepository repository = repository();
        List<ApplicationRecord> revisions = ApplicationRecords.reviewedAndPurgedRevisions(uniquePrefix() + "-app");
        revisions.forEach(repository::save);
        ApplicationRecord last = revisions.get(revisions.size() - 1);

        Optional<ApplicationRecord> found = repository.find(last.id());

        assertThat(found).contains(last);
        assertThat(found.orElseThrow().review().orElseThrow().note()).contains(ApplicationRecords.REVIEW_NOTE);
        assertThat(found.orElseThrow().purge()).isPresent();
        assertThat(found.orElseThrow().history()).extracting(HistoryEvent::kind).containsExactly(
                HistoryEvent.Kind.RECEIVED, HistoryEvent.Kind.DOCUMENTS_STORED, HistoryEvent.Kind.FACE_CHECKED,
                HistoryEvent.Kind.DETAILS_CHECKED, HistoryEvent.Kind.LICENSE_CHECK_QUEUED, HistoryEvent.Kind.DECIDED,
                HistoryEvent.Kind.LICENSE_VALIDATED, HistoryEvent.Kind.DECIDED, HistoryEvent.Kind.NOTIFIED,
                HistoryEvent.Kind.REVIEWED, HistoryEvent.Kind.NOTIFIED, HistoryEvent.Kind.DOCUMENTS_PURGED);
    }

    @Test
    void keepsEveryStoredEventUnchangedAsTheHistoryGrows() {
        ApplicationRepository repository = repository();
        List<HistoryEvent> stored = List.of();

        for (ApplicationRecord revision : ApplicationRecords.reviewedAndPurgedRevisions(uniquePrefix() + "-app")) {
            assertThat(repository.save(revision)).as("revision " + revision.revision()).isTrue();
            List<HistoryEvent> now = repository.find(revision.id()).orElseThrow().history();

            assertThat(now).as("revision " + revision.revision()).hasSize(stored.size() + 1);
            assertThat(now.subList(0, stored.size())).as("revision " + revision.revision()).isEqualTo(stored);
            stored = now;
        }
    }

    @Test
    void keepsTheReplacedRecordsHistoryAheadOfANewUploads() {
        ApplicationRepository repository = repository();
        List<ApplicationRecord> revisions = ApplicationRecords.reviewedAndPurgedRevisions(uniquePrefix() + "-app");
        revisions.forEach(repository::save);
        ApplicationRecord replaced = repository.find(revisions.get(0).id()).orElseThrow();
        ApplicationRecord reupload = ApplicationRecord.refused(replaced.id(), "another-version",
                replaced.revision() + 1, RefusalReason.CSV_RAGGED, ApplicationRecords.RECEIVED.plusSeconds(9000))
                .continuing(Optional.of(replaced));

        boolean saved = repository.save(reupload);

        assertThat(saved).isTrue();
        List<HistoryEvent> history = repository.find(replaced.id()).orElseThrow().history();
        assertThat(history).hasSize(replaced.history().size() + 1);
        assertThat(history.subList(0, replaced.history().size())).isEqualTo(replaced.history());
        assertThat(history.get(history.size() - 1).kind()).isEqualTo(HistoryEvent.Kind.REFUSED);
    }

    @Test
    void readsARecordWrittenBeforeTheHistoryWithAnEmptyHistoryAndSavesOnTopOfIt() {
        ApplicationRecord approved = ApplicationRecords.sampleApplicantApproved(uniquePrefix() + "-app");
        var attributes = new LinkedHashMap<String, Object>(ApplicationRecordCodec.toAttributes(approved));
        attributes.keySet().removeAll(List.of(ApplicationRecordCodec.HISTORY, ApplicationRecordCodec.REVIEW,
                ApplicationRecordCodec.PURGE));
        storeAsWrittenBeforeTheHistory(attributes);

        Optional<ApplicationRecord> found = repository().find(approved.id());

        assertThat(found).contains(ApplicationRecords.withoutHistory(approved));
        assertThat(found.orElseThrow().review()).isEmpty();
        assertThat(found.orElseThrow().purge()).isEmpty();
        ApplicationRecord next = found.orElseThrow().withAttempt(ApplicationRecords.RECEIVED.plusSeconds(60));
        assertThat(repository().save(next)).isTrue();
        assertThat(repository().find(approved.id()).orElseThrow().history()).extracting(HistoryEvent::kind)
                .containsExactly(HistoryEvent.Kind.REDELIVERED);
    }

    /** A prefix no other test uses: ids stay valid ({@code [A-Za-z0-9_-]}, at most 64). */
    private static String uniquePrefix() {
        return "c" + UUID.randomUUID().toString().substring(0, 8);
    }
}
