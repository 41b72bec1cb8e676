package io.onboarding.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.testing.TestApplications;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Against DynamoDB Local on loopback. Each test uses its own application ids in one shared table. */
class DynamoDbApplicationRepositoryIT {
    private static final DynamoDbClient DYNAMO_DB = LocalAws.dynamoDb();
    private static String table;
    private static DynamoDbApplicationRepository repository;

    @BeforeAll
    static void createTable() {
        table = LocalAws.createApplicationTable();
        repository = new DynamoDbApplicationRepository(DYNAMO_DB, table);
    }

    static Stream<ApplicationRecord> everyVariant() {
        return ApplicationRecords.everyVariant(LocalAws.unique("variant")).stream();
    }

    @Test
    void findsTheFirstRevisionItSaved() {
        ApplicationRecord first = ApplicationRecords.sampleApplicant(LocalAws.unique("app"));

        boolean saved = repository.save(first);

        assertThat(saved).isTrue();
        assertThat(repository.find(first.id())).contains(first);
    }

    @Test
    void findsNothingForAnUnknownApplication() {
        assertThat(repository.find(ApplicationId.of(LocalAws.unique("unknown")))).isEmpty();
    }

    @Test
    void savesEachNextRevisionOnTopOfTheStoredOne() {
        ApplicationRecord first = ApplicationRecords.sampleApplicant(LocalAws.unique("app"));
        repository.save(first);
        ApplicationRecord second = first.withAttempt(ApplicationRecords.RECEIVED.plusSeconds(1));

        boolean saved = repository.save(second);
        boolean third = repository.save(second.withFaceCheck(new FaceCheck(new FacesCompared(91.25, 2), true),
                ApplicationRecords.RECEIVED.plusSeconds(2)));

        assertThat(saved).isTrue();
        assertThat(third).isTrue();
        assertThat(repository.find(first.id()).orElseThrow().revision()).isEqualTo(3);
    }

    @Test
    void returnsFalseAndChangesNothingWhenTheSameRevisionIsSavedAgain() {
        ApplicationRecord first = ApplicationRecords.sampleApplicant(LocalAws.unique("app"));
        repository.save(first);
        ApplicationRecord second = first.withAttempt(ApplicationRecords.RECEIVED.plusSeconds(1));
        repository.save(second);
        Map<String, AttributeValue> before = rawItem(first.id());

        boolean firstAgain = repository.save(first);
        boolean secondAgain = repository.save(second);

        assertThat(firstAgain).isFalse();
        assertThat(secondAgain).isFalse();
        assertThat(rawItem(first.id())).isEqualTo(before);
    }

    @Test
    void returnsFalseWhenAnotherWriterSavedTheRevisionFirst() {
        ApplicationRecord base = ApplicationRecords.sampleApplicant(LocalAws.unique("app"));
        repository.save(base);
        ApplicationRecord ours = base.withFaceCheck(new FaceCheck(new FacesCompared(95, 2), true),
                ApplicationRecords.RECEIVED.plusSeconds(1));
        ApplicationRecord theirs = base.withFaceCheck(new FaceCheck(new NoFaceInSelfie(), false),
                ApplicationRecords.RECEIVED.plusSeconds(2));

        boolean theirsSaved = repository.save(theirs);
        boolean oursSaved = repository.save(ours);

        assertThat(theirsSaved).isTrue();
        assertThat(oursSaved).isFalse();
        assertThat(repository.find(base.id())).contains(theirs);
    }

    @Test
    void returnsFalseForARevisionWhoseBaseWasNeverStored() {
        ApplicationRecord first = ApplicationRecords.sampleApplicant(LocalAws.unique("app"));
        ApplicationRecord third = first.withAttempt(ApplicationRecords.RECEIVED).withAttempt(
                ApplicationRecords.RECEIVED);

        boolean savedWithoutBase = repository.save(third);
        repository.save(first);
        boolean savedOnRevisionOne = repository.save(third);

        assertThat(savedWithoutBase).isFalse();
        assertThat(savedOnRevisionOne).isFalse();
        assertThat(repository.find(first.id())).contains(first);
    }

    @Test
    void letsExactlyOneOfManyConcurrentWritersOfARevisionWin() throws Exception {
        ApplicationRecord base = ApplicationRecords.sampleApplicant(LocalAws.unique("app"));
        repository.save(base);
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
        assertThat(repository.find(base.id())).contains(winners.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyVariant")
    void savesAndReadsBackEveryKindOfRecordExactly(ApplicationRecord record) {
        if (record.revision() > 1) {
            putRevisionDirectly(withRevision(record, record.revision() - 1));
        }

        boolean saved = repository.save(record);

        assertThat(saved).isTrue();
        assertThat(repository.find(record.id())).contains(record);
    }

    @Test
    void writesTheSampleApplicantWithTheOriginalSystemsAttributeNamesAndTypes() {
        ApplicationRecord approved = ApplicationRecords.sampleApplicantApproved(TestApplications.SAMPLE_APPROVED);
        putRevisionDirectly(withRevision(approved, approved.revision() - 1));

        boolean saved = repository.save(approved);

        Map<String, AttributeValue> item = rawItem(approved.id());
        assertThat(saved).isTrue();

        assertThat(item).containsEntry("APP_UUID", AttributeValue.fromS("8d247914"))
                .containsEntry("FIRST_NAME", AttributeValue.fromS("NICK"))
                .containsEntry("LAST_NAME", AttributeValue.fromS("SAMPLE"))
                .containsEntry("CITY_IN_ADDRESS", AttributeValue.fromS("TALLAHASSEE"))
                .containsEntry("ZIP_CODE_IN_ADDRESS", AttributeValue.fromS("000001234"))
                .containsEntry("STATE_IN_ADDRESS", AttributeValue.fromS("FL"))
                .containsEntry("DOCUMENT_NUMBER", AttributeValue.fromS("S123456579010"))
                .containsEntry("DATE_OF_BIRTH", AttributeValue.fromS("01/12/1957"))
                .containsEntry("ADDRESS", AttributeValue.fromS("123 MAIN STREET"));
        for (String flag : List.of("LICENSE_SELFIE_MATCH", "LICENSE_DETAILS_MATCH", "LICENSE_VALIDATION")) {
            assertThat(item.get(flag).type()).as(flag).isEqualTo(AttributeValue.Type.BOOL);
            assertThat(item.get(flag).bool()).as(flag).isTrue();
        }
        assertThat(item.get("REVISION").type()).isEqualTo(AttributeValue.Type.N);
        assertThat(item.get("FIELD_RESULTS").type()).isEqualTo(AttributeValue.Type.M);
        assertThat(item.get("DECISION_REASONS").type()).isEqualTo(AttributeValue.Type.L);
    }

    @Test
    void reportsAMissingTableAsAPermanentDependencyFailure() {
        var withoutTable = new DynamoDbApplicationRepository(DYNAMO_DB, LocalAws.unique("no-such-table"));
        ApplicationRecord record = ApplicationRecords.sampleApplicant(LocalAws.unique("app"));

        assertThatThrownBy(() -> withoutTable.find(record.id()))
                .isInstanceOf(DependencyException.class)
                .hasMessageStartingWith("dynamodb: GetItem failed: ResourceNotFoundException (HTTP 400")
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
        assertThatThrownBy(() -> withoutTable.save(record))
                .isInstanceOf(DependencyException.class)
                .hasMessageStartingWith("dynamodb: PutItem failed: ResourceNotFoundException (HTTP 400")
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
    }

    @Test
    void reportsAnUnreadableStoredItemByIdOnly() {
        ApplicationRecord record = ApplicationRecords.sampleApplicant(LocalAws.unique("app"));
        var item = new HashMap<>(new ApplicationItemMapper().toItem(record));
        item.put("REVISION", AttributeValue.fromS("seven"));
        DYNAMO_DB.putItem(put -> put.tableName(table).item(item));

        assertThatThrownBy(() -> repository.find(record.id()))
                .isInstanceOf(DependencyException.class)
                .hasMessage("dynamodb: stored item of application " + record.id() + " cannot be read")
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
    }

    /** Stores a record without the revision condition, standing in for the revisions saved before it. */
    private static void putRevisionDirectly(ApplicationRecord record) {
        DYNAMO_DB.putItem(put -> put.tableName(table).item(new ApplicationItemMapper().toItem(record)));
    }

    private static ApplicationRecord withRevision(ApplicationRecord record, long revision) {
        return new ApplicationRecord(record.id(), record.sourceVersion(), revision, record.attempts(),
                record.receivedAt(),
                record.updatedAt(), record.applicant(), record.refusal(), record.documents(), record.faceCheck(),
                record.detailsCheck(),
                record.licenseValidation(), record.decision(), record.effects());
    }

    private static Map<String, AttributeValue> rawItem(ApplicationId id) {
        return DYNAMO_DB.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("APP_UUID", AttributeValue.fromS(id.value())))).item();
    }
}
