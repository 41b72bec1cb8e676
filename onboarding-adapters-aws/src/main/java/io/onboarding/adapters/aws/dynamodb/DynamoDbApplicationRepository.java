package io.onboarding.adapters.aws.dynamodb;

import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.records.ApplicationRecordCodec;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * {@link ApplicationRepository} on a DynamoDB table keyed by {@code APP_UUID} (string), such as the original
 * system's {@code CustomerMetadataTable}. Reads are strongly consistent; each save is one conditional PutItem, so of
 * two writers of the same revision exactly one succeeds and the other gets {@code false}.
 *
 * <p>Every item carries {@code EXPIRES_AT}, the end of the record's retention in epoch seconds: the upload's
 * {@code receivedAt} plus the retention in years. With the table's time-to-live set on that attribute, DynamoDB
 * deletes the item some time after it, typically within a few days, not at that second; until then {@link #find}
 * still returns the record. A new upload of the same id restarts the retention from its own {@code receivedAt}.
 */
public final class DynamoDbApplicationRepository implements ApplicationRepository {
    static final String DEPENDENCY = "dynamodb";
    /** How long a record is kept when no retention is given. */
    public static final int DEFAULT_RETENTION_YEARS = 5;

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final ApplicationItemMapper mapper;

    /** A repository whose records expire {@value #DEFAULT_RETENTION_YEARS} years after they were received. */
    public DynamoDbApplicationRepository(DynamoDbClient dynamoDb, String tableName) {
        this(dynamoDb, tableName, DEFAULT_RETENTION_YEARS);
    }

    /** @param retentionYears how long a record is kept after its upload was received, at least 1 */
    public DynamoDbApplicationRepository(DynamoDbClient dynamoDb, String tableName, int retentionYears) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        if (tableName.isBlank()) {
            throw new IllegalArgumentException("table name is blank");
        }
        this.mapper = new ApplicationItemMapper(retentionYears);
    }

    @Override
    public Optional<ApplicationRecord> find(ApplicationId id) {
        GetItemResponse response;
        try {
            response = dynamoDb.getItem(GetItemRequest.builder()
                    .tableName(tableName)
                    .key(Map.of(ApplicationRecordCodec.APP_UUID, AttributeValue.fromS(id.value())))
                    .consistentRead(true)
                    .build());
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "GetItem", e);
        }
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.fromItem(response.item()));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new DependencyException(DEPENDENCY, "stored item of application " + id + " cannot be read", e);
        }
    }

    @Override
    public boolean save(ApplicationRecord record) {
        PutItemRequest.Builder request = PutItemRequest.builder().tableName(tableName).item(mapper.toItem(record));
        if (record.revision() == 1) {
            request.conditionExpression("attribute_not_exists(#id)")
                    .expressionAttributeNames(Map.of("#id", ApplicationRecordCodec.APP_UUID));
        } else {
            request.conditionExpression("#revision = :expected")
                    .expressionAttributeNames(Map.of("#revision", ApplicationRecordCodec.REVISION))
                    .expressionAttributeValues(Map.of(":expected",
                            AttributeValue.fromN(Long.toString(record.revision() - 1))));
        }
        try {
            dynamoDb.putItem(request.build());
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "PutItem", e);
        }
    }
}
