package io.onboarding.adapters.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.records.testing.ApplicationRecords;
import io.onboarding.records.testing.ApplicationRepositoryContract;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Against DynamoDB Local on loopback: the repository contract every store runs, and what is DynamoDB's own (the
 * item's attribute types, SDK failures). Each test uses its own application ids in one shared table.
 */
class DynamoDbApplicationRepositoryIT extends ApplicationRepositoryContract {
    private static final DynamoDbClient DYNAMO_DB = LocalAws.dynamoDb();
    private static final ApplicationItemMapper MAPPER =
            new ApplicationItemMapper(DynamoDbApplicationRepository.DEFAULT_RETENTION_YEARS);
    private static String table;
    private static DynamoDbApplicationRepository repository;

    @BeforeAll
    static void createTable() {
        table = LocalAws.createApplicationTable();
        repository = new DynamoDbApplicationRepository(DYNAMO_DB, table);
    }

    @Override
    protected ApplicationRepository repository() {
        return repository;
    }

    @Override
    protected void storeAsWrittenBeforeTheHistory(Map<String, Object> attributes) {
        DYNAMO_DB.putItem(put -> put.tableName(table).item(ApplicationItemMapper.item(attributes)));
    }

    @Test
    void expiresEachItemFiveYearsAfterItsUploadWasReceivedByDefault() {
        ApplicationRecord record = ApplicationRecords.sampleApplicant(LocalAws.unique("app"));

        repository.save(record);

        // RECEIVED is 2024-05-01T10:15:30.123456789Z; the fraction of a second is dropped
        assertThat(rawItem(record.id())).containsEntry("EXPIRES_AT",
                AttributeValue.fromN(Long.toString(Instant.parse("2029-05-01T10:15:30Z").getEpochSecond())));
    }

    @Test
    void expiresItemsAfterTheConfiguredRetentionAndKeepsTheExpiryAcrossSaves() {
        var sevenYears = new DynamoDbApplicationRepository(DYNAMO_DB, table, 7);
        List<ApplicationRecord> revisions = ApplicationRecords.reviewedAndPurgedRevisions(LocalAws.unique("app"));
        ApplicationRecord last = revisions.get(revisions.size() - 1);

        revisions.forEach(sevenYears::save);

        Map<String, AttributeValue> item = rawItem(last.id());
        assertThat(item.get("EXPIRES_AT")).isEqualTo(
                AttributeValue.fromN(Long.toString(Instant.parse("2031-05-01T10:15:30Z").getEpochSecond())));
        assertThat(sevenYears.find(last.id())).as("read back without it").contains(last);
    }

    @Test
    void storesTheHistoryReviewAndPurgeAsListsAndMapsOfStrings() {
        List<ApplicationRecord> revisions = ApplicationRecords.reviewedAndPurgedRevisions(LocalAws.unique("app"));
        ApplicationRecord last = revisions.get(revisions.size() - 1);
        revisions.forEach(repository::save);

        Map<String, AttributeValue> item = rawItem(last.id());

        assertThat(item.get("HISTORY").l()).hasSize(last.history().size());
        assertThat(item.get("HISTORY").l().get(0).m()).containsEntry("kind", AttributeValue.fromS("RECEIVED"))
                .containsEntry("actor", AttributeValue.fromS("system"))
                .containsEntry("codes", AttributeValue.fromL(List.of(AttributeValue.fromS("ACCEPTED"))))
                .doesNotContainKeys("before", "after");
        assertThat(item.get("REVIEW").m()).containsEntry("outcome", AttributeValue.fromS("REJECTED"))
                .containsEntry("note", AttributeValue.fromS(ApplicationRecords.REVIEW_NOTE));
        assertThat(item.get("PURGE").m()).containsEntry("reason", AttributeValue.fromS("CUSTOMER_REQUEST"));
    }

    @Test
    void writesTheSampleApplicantWithTheOriginalSystemsAttributeNamesAndTypes() {
        ApplicationRecord approved = ApplicationRecords.sampleApplicantApproved(TestApplications.SAMPLE_APPROVED);
        putRevisionDirectly(ApplicationRecords.atRevision(approved, approved.revision() - 1));

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
        var item = new HashMap<>(MAPPER.toItem(record));
        item.put("REVISION", AttributeValue.fromS("seven"));
        DYNAMO_DB.putItem(put -> put.tableName(table).item(item));

        assertThatThrownBy(() -> repository.find(record.id()))
                .isInstanceOf(DependencyException.class)
                .hasMessage("dynamodb: stored item of application " + record.id() + " cannot be read")
                .satisfies(e -> assertThat(((DependencyException) e).isRetryable()).isFalse());
    }

    /** Stores a record without the revision condition, standing in for the revisions saved before it. */
    private static void putRevisionDirectly(ApplicationRecord record) {
        DYNAMO_DB.putItem(put -> put.tableName(table).item(MAPPER.toItem(record)));
    }

    private static Map<String, AttributeValue> rawItem(ApplicationId id) {
        return DYNAMO_DB.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("APP_UUID", AttributeValue.fromS(id.value())))).item();
    }
}
