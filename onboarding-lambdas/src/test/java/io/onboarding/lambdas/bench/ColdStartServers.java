package io.onboarding.lambdas.bench;

import io.onboarding.domain.testing.TestApplications;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.ANALYZE_ID;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.COMPARE_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.DETECT_FACES;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboarding.adapters.aws.fauxqs.Fauxqs;
import io.onboarding.adapters.aws.recorded.LoopbackValidatorServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.lambdas.di.LocalEndpoints;
import io.onboarding.lambdas.di.LocalPipelineComponent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Not a test: the local servers for {@code bench/cold-start.sh}, in a JVM of their own so that their classes and
 * threads do not count against the measured JVMs. S3Proxy, DynamoDB Local and ElasticMQ ({@link LocalAws}), fauxqs
 * for SNS, recorded Rekognition/Textract answers (the selfie matches the licence portrait; the sample licence's
 * AnalyzeID fields) and a loopback validator that answers {@code true}.
 *
 * <p>Before it reports ready it creates the bucket, table, topic and queue and prepares one fresh application per
 * measured run, so every run does real work and none is a duplicate delivery:
 * <ul>
 *   <li>{@code document-NNN.json}: an S3 event for a copy of the sample package uploaded as
 *       {@code zipped/bench-doc-NNN.zip} (the zip's entries renamed to match), never processed yet;</li>
 *   <li>{@code submit-license-NNN.json}: an SQS event carrying the licence check that processing a copy
 *       ({@code bench-lic-NNN}) put on the queue, done here with the real adapters, so the record awaits the
 *       validator's answer.</li>
 * </ul>
 * It writes the functions' environment ({@code KEY=VALUE} lines) to {@code lambda.env} (region and credentials,
 * which Lambda gives every function), {@code document.env} and {@code submit-license.env}, then the file
 * {@code ready}. When its standard input closes it writes each prepared application's final decision to
 * {@code decisions.txt} and exits (shutdown hooks stop the servers).
 */
public final class ColdStartServers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = LocalAws.REGION.id();

    private ColdStartServers() {
    }

    /** Arguments: output directory, sample package zip, document events, licence events. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: ColdStartServers <out-dir> <sample.zip> <document-events> <licence-events>");
        }
        Path out = Path.of(args[0]);
        Path sample = Path.of(args[1]);
        int documentEvents = Integer.parseInt(args[2]);
        int licenseEvents = Integer.parseInt(args[3]);
        Files.createDirectories(out);

        RecordedAwsServer recorded = RecordedAwsServer.start();
        recorded.on(COMPARE_FACES, Reply.fixture("rekognition/compare-faces-licence-portrait-matches.json"));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        recorded.on(ANALYZE_ID, Reply.fixture("textract/analyze-id-sample-licence.json"));
        LoopbackValidatorServer validator = LoopbackValidatorServer.start();   // answers true until told otherwise
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            validator.close();
            recorded.close();
        }, "bench-servers-stop"));

        Fauxqs fauxqs = Fauxqs.shared();
        String topicArn = fauxqs.sns().createTopic(t -> t.name(LocalAws.unique("ApplicationNotifications")))
                .topicArn();
        var sqs = LocalAws.sqs();
        String queueUrl = sqs.createQueue(q -> q.queueName(LocalAws.unique("LicenseQueue"))).queueUrl();
        String queueArn = sqs.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String bucket = LocalAws.createBucket();
        String table = LocalAws.createApplicationTable();
        var local = new LocalEndpoints(LocalAws.s3(), LocalAws.dynamoDb(), sqs, fauxqs.sns(), recorded.rekognition(),
                recorded.textract(), bucket, table, topicArn, queueUrl, validator.uri());

        String sampleId = sample.getFileName().toString().replaceFirst("\\.zip$", "");
        byte[] samplePackage = Files.readAllBytes(sample);
        List<String> prepared = new ArrayList<>();

        // licence checks: process copies here, with the production adapters, then hand over the queued messages
        LocalPipelineComponent pipeline = LocalPipelineComponent.create(local);
        for (int n = 1; n <= licenseEvents; n++) {
            String id = "bench-lic-%03d".formatted(n);
            String eTag = upload(local, id, TestApplications.renamed(samplePackage, sampleId, id));
            ApplicationRecord record = pipeline.processApplicationPackage().process(
                    new PackageRef("zipped/" + id + ".zip", eTag)).record();
            DecisionOutcome outcome = record.decision().orElseThrow().outcome();
            if (outcome != DecisionOutcome.PENDING_LICENSE_VALIDATION) {
                throw new IllegalStateException(id + " was prepared as " + outcome);
            }
            prepared.add(id);
        }
        Map<String, Message> queued = drain(local, licenseEvents);
        for (int n = 1; n <= licenseEvents; n++) {
            String id = "bench-lic-%03d".formatted(n);
            Message message = queued.get(id);
            if (message == null) {
                throw new IllegalStateException("no queued licence check for " + id);
            }
            write(out.resolve("submit-license-%03d.json".formatted(n)), sqsEvent(message, queueArn));
        }

        // uploads: announced to the measured document runs, processed by nobody before them
        for (int n = 1; n <= documentEvents; n++) {
            String id = "bench-doc-%03d".formatted(n);
            String eTag = upload(local, id, TestApplications.renamed(samplePackage, sampleId, id));
            write(out.resolve("document-%03d.json".formatted(n)), s3Event(bucket, "zipped/" + id + ".zip", eTag,
                    samplePackage.length));
            prepared.add(id);
        }

        Map<String, String> lambda = new LinkedHashMap<>();
        lambda.put("AWS_REGION", REGION);
        lambda.put("AWS_ACCESS_KEY_ID", LocalAws.ACCESS_KEY);   // letters and digits only, for DynamoDB Local
        lambda.put("AWS_SECRET_ACCESS_KEY", LocalAws.SECRET_KEY);
        Map<String, String> document = new LinkedHashMap<>();
        document.put("DOCUMENT_BUCKET", bucket);
        document.put("TABLE_NAME", table);
        document.put("TOPIC_ARN", topicArn);
        document.put("LICENSE_QUEUE_URL", queueUrl);
        document.put("AWS_ENDPOINT_URL_S3", LocalAws.s3Endpoint().toString());
        document.put("AWS_ENDPOINT_URL_DYNAMODB", LocalAws.dynamoDbEndpoint().toString());
        document.put("AWS_ENDPOINT_URL_SQS", LocalAws.sqsEndpoint().toString());
        document.put("AWS_ENDPOINT_URL_SNS", fauxqs.endpoint().toString());
        document.put("AWS_ENDPOINT_URL_REKOGNITION", recorded.endpoint().toString());
        document.put("AWS_ENDPOINT_URL_TEXTRACT", recorded.endpoint().toString());
        Map<String, String> submitLicense = new LinkedHashMap<>();
        submitLicense.put("TABLE_NAME", table);
        submitLicense.put("TOPIC_ARN", topicArn);
        submitLicense.put("INVOKE_URL", validator.uri().toString());
        submitLicense.put("AWS_ENDPOINT_URL_DYNAMODB", LocalAws.dynamoDbEndpoint().toString());
        submitLicense.put("AWS_ENDPOINT_URL_SNS", fauxqs.endpoint().toString());
        writeEnv(out.resolve("lambda.env"), lambda);
        writeEnv(out.resolve("document.env"), document);
        writeEnv(out.resolve("submit-license.env"), submitLicense);
        document.forEach((name, value) -> System.out.println("endpoint " + name + "=" + value));
        System.out.println("endpoint INVOKE_URL=" + validator.uri());
        System.out.println("prepared " + documentEvents + " uploads and " + licenseEvents + " licence checks");
        System.out.flush();
        Path ready = out.resolve("ready");
        Files.writeString(out.resolve("ready.tmp"), "ready\n");
        Files.move(out.resolve("ready.tmp"), ready, StandardCopyOption.ATOMIC_MOVE);

        while (System.in.read() != -1) {
            // serve until the benchmark script closes our standard input
        }
        List<String> decisions = new ArrayList<>();
        for (String id : prepared) {
            Map<String, AttributeValue> item = local.dynamoDb().getItem(g -> g.tableName(table).consistentRead(true)
                    .key(Map.of("APP_UUID", AttributeValue.fromS(id)))).item();
            AttributeValue decision = item == null ? null : item.get("DECISION");
            decisions.add(id + " " + (decision == null ? "NONE" : decision.s()));
        }
        decisions.add("compare_faces_calls " + recorded.calls(COMPARE_FACES).size());
        decisions.add("analyze_id_calls " + recorded.calls(ANALYZE_ID).size());
        decisions.add("validator_requests " + validator.requests().size());
        Files.write(out.resolve("decisions.txt"), decisions, StandardCharsets.UTF_8);
        System.exit(0);
    }

    private static String upload(LocalEndpoints local, String id, byte[] zip) {
        return local.s3().putObject(p -> p.bucket(local.bucket()).key("zipped/" + id + ".zip")
                .contentType("application/zip"), RequestBody.fromBytes(zip)).eTag().replace("\"", "");
    }

    /** Receives (and deletes) the queued licence checks, keyed by the application id in their body. */
    private static Map<String, Message> drain(LocalEndpoints local, int expected) throws IOException {
        Map<String, Message> byId = new LinkedHashMap<>();
        for (int poll = 0; poll < expected + 20 && byId.size() < expected; poll++) {
            List<Message> messages = local.sqs().receiveMessage(r -> r.queueUrl(local.licenseQueueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            for (Message message : messages) {
                byId.put(JSON.readTree(message.body()).path("uuid").asText(), message);
                local.sqs().deleteMessage(d -> d.queueUrl(local.licenseQueueUrl())
                        .receiptHandle(message.receiptHandle()));
            }
        }
        return byId;
    }

    /** An SQS event of one record, shaped as the Lambda event source mapping delivers it. */
    private static ObjectNode sqsEvent(Message message, String queueArn) {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("messageId", message.messageId());
        record.put("receiptHandle", message.receiptHandle());
        record.put("body", message.body());
        ObjectNode attributes = record.putObject("attributes");
        message.attributesAsStrings().forEach(attributes::put);
        attributes.put("ApproximateReceiveCount", "1");
        record.putObject("messageAttributes");
        record.put("md5OfBody", message.md5OfBody());
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", queueArn);
        record.put("awsRegion", REGION);
        return event;
    }

    /** An S3 event notification of one record, shaped as S3 sends it (no version id: S3Proxy has none). */
    private static ObjectNode s3Event(String bucket, String key, String eTag, long size) {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", REGION);
        record.put("eventTime", "2026-11-24T10:00:00.000Z");
        record.put("eventName", "ObjectCreated:Put");
        record.putObject("userIdentity").put("principalId", "AWS:AIDAEXAMPLE");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        record.putObject("responseElements").put("x-amz-request-id", "EXAMPLE").put("x-amz-id-2", "EXAMPLE");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "PackageUploaded");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
                .putObject("ownerIdentity").put("principalId", "EXAMPLE");
        s3.putObject("object").put("key", key).put("size", size).put("eTag", eTag)
                .put("sequencer", "0062E99A88DC407460");
        return event;
    }

    private static void write(Path file, ObjectNode json) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    private static void writeEnv(Path file, Map<String, String> variables) throws IOException {
        List<String> lines = new ArrayList<>();
        variables.forEach((name, value) -> lines.add(name + "=" + value));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
