package io.onboarding.lambdas.e2e;

import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.ANALYZE_ID;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.COMPARE_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.DETECT_FACES;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.fauxqs.Fauxqs;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.LocalEndpoints;
import io.onboarding.lambdas.di.LocalPipelineComponent;
import io.onboarding.lambdas.handler.DocumentHandlerAccess;
import io.onboarding.lambdas.handler.SubmitLicenseHandlerAccess;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The whole pipeline on local servers: the three sample packages go into S3Proxy, DocumentHandler gets the S3
 * event S3 would send, the queued licence check goes from ElasticMQ into SubmitLicenseHandler, whose HTTP call
 * reaches ValidateLicenseHandler through a loopback API Gateway; DynamoDB Local, the unzipped objects and the SNS
 * messages (fauxqs, read through an SQS subscription) are then checked. Rekognition and Textract answer from
 * recorded responses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPipelineIT {
    private static final List<String> SAMPLES = List.of(TestApplications.SAMPLE_APPROVED,
            TestApplications.SAMPLE_DETAILS_MISMATCH, TestApplications.SAMPLE_FACE_MISMATCH);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RecordedAwsServer recorded;
    private static ApiGatewayLoopback apiGateway;
    private static LocalEndpoints local;
    private static LocalPipelineComponent component;
    private static String notificationsQueueUrl;
    private static String deadLetterQueueUrl;
    private static S3Event uploadEvent;

    @BeforeAll
    static void startPipeline() throws IOException {
        recorded = RecordedAwsServer.start();
        apiGateway = new ApiGatewayLoopback();
        Fauxqs fauxqs = Fauxqs.shared();
        var sns = fauxqs.sns();
        String topicArn = sns.createTopic(t -> t.name(LocalAws.unique("ApplicationNotifications"))).topicArn();
        var notificationsSqs = fauxqs.sqs();
        notificationsQueueUrl = notificationsSqs.createQueue(q -> q.queueName(LocalAws.unique("bank-inbox")))
                .queueUrl();
        String inboxArn = notificationsSqs.getQueueAttributes(a -> a.queueUrl(notificationsQueueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        sns.subscribe(s -> s.topicArn(topicArn).protocol("sqs").endpoint(inboxArn));

        var sqs = LocalAws.sqs();
        deadLetterQueueUrl = sqs.createQueue(q -> q.queueName(LocalAws.unique("LicenseDeadLetterQueue"))).queueUrl();
        String deadLetterArn = sqs.getQueueAttributes(a -> a.queueUrl(deadLetterQueueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String licenseQueueUrl = sqs.createQueue(q -> q.queueName(LocalAws.unique("LicenseQueue")).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "1",
                QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + deadLetterArn + "\",\"maxReceiveCount\":\"5\"}"))).queueUrl();

        local = new LocalEndpoints(LocalAws.s3(), LocalAws.dynamoDb(), sqs, sns, recorded.rekognition(),
                recorded.textract(), LocalAws.createBucket(), LocalAws.createApplicationTable(), topicArn,
                licenseQueueUrl, apiGateway.licenseUrl());
        component = LocalPipelineComponent.create(local);

        // selfies in upload order: 8d247914 and 7a135804 show the licence holder, 9c358026 another man
        recorded.on(COMPARE_FACES, Reply.fixture("rekognition/compare-faces-licence-portrait-matches.json"),
                Reply.fixture("rekognition/compare-faces-licence-portrait-matches.json"),
                Reply.fixture("rekognition/compare-faces-different-person.json"));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        recorded.on(ANALYZE_ID, Reply.fixture("textract/analyze-id-sample-licence.json"));

        List<String> records = new ArrayList<>();
        for (String id : SAMPLES) {
            String key = "zipped/" + id + ".zip";
            PutObjectResponse put = local.s3().putObject(p -> p.bucket(local.bucket()).key(key)
                    .contentType("application/zip"), RequestBody.fromBytes(TestApplications.samplePackage(id)));
            records.add(s3Record(local.bucket(), key, put.eTag().replace("\"", ""), put.versionId()));
        }
        uploadEvent = LambdaEventSerializers.serializerFor(S3Event.class, LocalPipelineIT.class.getClassLoader())
                .fromJson("{\"Records\":[" + String.join(",", records) + "]}");
    }

    @AfterAll
    static void stopServers() {
        if (apiGateway != null) {
            apiGateway.close();
        }
        if (recorded != null) {
            recorded.close();
        }
    }

    /** One record of an S3 event notification, shaped as S3 sends it (the key URL-encoded). */
    private static String s3Record(String bucket, String key, String eTag, String versionId) {
        String encodedKey = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
        String version = versionId == null ? "" : ",\"versionId\":\"" + versionId + "\"";
        return """
                {"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                 "eventTime":"2026-11-24T10:00:00.000Z","eventName":"ObjectCreated:Put",
                 "userIdentity":{"principalId":"AWS:AIDAEXAMPLE"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},
                 "responseElements":{"x-amz-request-id":"EXAMPLE","x-amz-id-2":"EXAMPLE"},
                 "s3":{"s3SchemaVersion":"1.0","configurationId":"PackageUploaded",
                  "bucket":{"name":"%s","ownerIdentity":{"principalId":"EXAMPLE"},"arn":"arn:aws:s3:::%s"},
                  "object":{"key":"%s","size":1,"eTag":"%s"%s,"sequencer":"0062E99A88DC407460"}}}
                """.formatted(bucket, bucket, encodedKey, eTag, version);
    }

    private static Map<String, AttributeValue> item(String id) {
        return local.dynamoDb().getItem(g -> g.tableName(local.table()).consistentRead(true)
                .key(Map.of("APP_UUID", AttributeValue.fromS(id)))).item();
    }

    private static List<JsonNode> bankNotifications() throws IOException {
        var sqs = Fauxqs.shared().sqs();
        List<JsonNode> received = new ArrayList<>();
        for (int poll = 0; poll < 5; poll++) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(notificationsQueueUrl)
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            for (Message message : messages) {
                received.add(JSON.readTree(message.body()));
                sqs.deleteMessage(d -> d.queueUrl(notificationsQueueUrl).receiptHandle(message.receiptHandle()));
            }
            if (messages.isEmpty() && !received.isEmpty()) {
                break;
            }
        }
        return received;
    }

    private static SQSEvent asSqsEvent(List<Message> messages) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message message : messages) {
            var record = new SQSEvent.SQSMessage();
            record.setMessageId(message.messageId());
            record.setReceiptHandle(message.receiptHandle());
            record.setBody(message.body());
            record.setEventSource("aws:sqs");
            records.add(record);
        }
        var event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    /** One poll of LicenseQueue handed to SubmitLicenseHandler, deleting what it did not report failed. */
    private static int deliverLicenseQueueOnce() {
        var sqs = local.sqs();
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(local.licenseQueueUrl()).maxNumberOfMessages(10)
                .waitTimeSeconds(2).messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                .messages();
        SQSBatchResponse response = SubmitLicenseHandlerAccess.handle(component, asSqsEvent(messages));
        var failed = response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
        for (Message message : messages) {
            if (!failed.contains(message.messageId())) {
                sqs.deleteMessage(d -> d.queueUrl(local.licenseQueueUrl()).receiptHandle(message.receiptHandle()));
            }
        }
        return messages.size();
    }

    @Test
    @Order(1)
    void processesTheThreeSamplesFromTheirS3Event() throws IOException {
        DocumentHandlerAccess.handle(component, uploadEvent);

        Map<String, AttributeValue> approved = item("8d247914");
        assertThat(approved.get("LICENSE_SELFIE_MATCH").bool()).isTrue();
        assertThat(approved.get("LICENSE_DETAILS_MATCH").bool()).isTrue();
        assertThat(approved.get("FIRST_NAME").s()).isEqualTo("NICK");
        assertThat(approved.get("DECISION").s()).isEqualTo("PENDING_LICENSE_VALIDATION");
        Map<String, AttributeValue> details = item("7a135804");
        assertThat(details.get("LICENSE_SELFIE_MATCH").bool()).isTrue();
        assertThat(details.get("LICENSE_DETAILS_MATCH").bool()).isFalse();
        assertThat(details.get("DECISION").s()).isEqualTo("REJECTED");
        Map<String, AttributeValue> face = item("9c358026");
        assertThat(face.get("LICENSE_SELFIE_MATCH").bool()).isFalse();
        assertThat(face.get("LICENSE_DETAILS_MATCH").bool()).isTrue();
        assertThat(face.get("DECISION").s()).isEqualTo("REJECTED");

        List<String> unzipped = local.s3().listObjectsV2(l -> l.bucket(local.bucket()).prefix("unzipped/"))
                .contents().stream().map(S3Object::key).toList();
        assertThat(unzipped).hasSize(9).contains("unzipped/8d247914_details.csv", "unzipped/8d247914_selfie.png",
                "unzipped/8d247914_license.png");
        assertThat(local.s3().headObject(h -> h.bucket(local.bucket()).key("unzipped/9c358026_license.png"))
                .contentType()).isEqualTo("image/png");

        List<JsonNode> notifications = bankNotifications();
        assertThat(notifications).extracting(n -> n.get("Subject").asText())
                .containsExactlyInAnyOrder("Customer ID Info Match Fails", "Face Match Fails");
        assertThat(notifications).allSatisfy(n -> assertThat(n.toString())
                .doesNotContain("NICK", "SAMPLE", "JOHN", "TALLAHASSEE", "S123456579010", "1957", "MAIN STREET"));
    }

    @Test
    @Order(2)
    void approvesTheSampleWhoseLicenceTheValidatorAccepts() {
        int delivered = deliverLicenseQueueOnce();

        assertThat(delivered).isEqualTo(1);
        assertThat(apiGateway.requests()).isEqualTo(1);
        Map<String, AttributeValue> approved = item("8d247914");
        assertThat(approved.get("LICENSE_VALIDATION").bool()).isTrue();
        assertThat(approved.get("DECISION").s()).isEqualTo("APPROVED");
        assertThat(item("7a135804")).doesNotContainKey("LICENSE_VALIDATION");
    }

    @Test
    @Order(3)
    void aRedeliveredS3EventSendsNoSecondNotificationOrCheck() throws IOException {
        int comparisons = recorded.calls(COMPARE_FACES).size();

        DocumentHandlerAccess.handle(component, uploadEvent);

        assertThat(bankNotifications()).isEmpty();
        assertThat(local.sqs().receiveMessage(r -> r.queueUrl(local.licenseQueueUrl()).waitTimeSeconds(1))
                .messages()).isEmpty();
        assertThat(recorded.calls(COMPARE_FACES)).hasSize(comparisons);
        assertThat(item("8d247914").get("DECISION").s()).isEqualTo("APPROVED");
    }

    @Test
    @Order(4)
    void aPoisonMessageEndsInTheDeadLetterQueueAfterFiveReceives() {
        local.sqs().sendMessage(s -> s.queueUrl(local.licenseQueueUrl()).messageBody("{\"driver_license_id\":"));

        int receives = 0;
        for (int poll = 0; poll < 12; poll++) {
            receives += deliverLicenseQueueOnce();
        }

        assertThat(receives).isEqualTo(5);
        List<Message> parked = local.sqs().receiveMessage(r -> r.queueUrl(deadLetterQueueUrl).waitTimeSeconds(2))
                .messages();
        assertThat(parked).singleElement().satisfies(m -> assertThat(m.body()).isEqualTo("{\"driver_license_id\":"));
    }
}
