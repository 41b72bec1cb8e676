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
 */
public final class DynamoDbApplicationRepository implements ApplicationRepository {
    static final String DEPENDENCY = "dynamodb";

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final ApplicationItemMapper mapper = new ApplicationItemMapper();

    public DynamoDbApplicationRepository(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        if (tableName.isBlank()) {
            throw new IllegalArgumentException("table name is blank");
        }
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
