package io.onboarding.lambdas.bench;

import io.onboarding.domain.testing.TestApplications;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.ANALYZE_ID;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.COMPARE_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.DETECT_FACES;

import io.onboarding.adapters.aws.fauxqs.Fauxqs;
import io.onboarding.adapters.aws.recorded.LoopbackValidatorServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.adapters.aws.testing.LocalAws;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Not a test: the local servers for {@code bench/launch-to-decision.sh}, in a JVM of their own, started once for the
 * whole run, so that the measured JVMs hold only the functions and the stand-ins for the AWS services that call
 * them. S3Proxy, DynamoDB Local and ElasticMQ ({@link LocalAws}), fauxqs for SNS, recorded Rekognition/Textract
 * answers (the selfie matches the licence portrait; the sample licence's AnalyzeID fields) and a loopback validator
 * that answers {@code true}.
 *
 * <p>Before it reports ready it creates the bucket, the table, the topic and two licence queues (one per
 * orchestration, so each one's event source mapping sees only its own checks) and uploads one fresh copy of the
 * approved sample per application the run may measure: {@code zipped/l2d-NNN.zip}, its entries renamed to match,
 * never processed yet. It writes the endpoints, the resource names and each upload's key, ETag and size to
 * {@code servers.properties}, then the file {@code ready}. When its standard input closes it writes each
 * application's final decision to {@code decisions.txt}, with the number of CompareFaces, AnalyzeID and validator
 * calls, and exits (shutdown hooks stop the servers).
 */
public final class LaunchToDecisionServers {
    private LaunchToDecisionServers() {
    }

    /** Arguments: output directory, sample package zip, number of applications. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: LaunchToDecisionServers <out-dir> <sample.zip> <applications>");
        }
        Path out = Path.of(args[0]);
        Path sample = Path.of(args[1]);
        int applications = Integer.parseInt(args[2]);
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
        String part1Queue = sqs.createQueue(q -> q.queueName(LocalAws.unique("LicenseQueue-part1"))).queueUrl();
        String workflowQueue = sqs.createQueue(q -> q.queueName(LocalAws.unique("LicenseQueue-workflow"))).queueUrl();
        String bucket = LocalAws.createBucket();
        String table = LocalAws.createApplicationTable();

        Properties servers = new Properties();
        servers.setProperty("endpoint.s3", LocalAws.s3Endpoint().toString());
        servers.setProperty("endpoint.dynamodb", LocalAws.dynamoDbEndpoint().toString());
        servers.setProperty("endpoint.sqs", LocalAws.sqsEndpoint().toString());
        servers.setProperty("endpoint.sns", fauxqs.endpoint().toString());
        servers.setProperty("endpoint.recorded", recorded.endpoint().toString());
        servers.setProperty("validator", validator.uri().toString());
        servers.setProperty("bucket", bucket);
        servers.setProperty("table", table);
        servers.setProperty("topic", topicArn);
        servers.setProperty("queue.part1", part1Queue);
        servers.setProperty("queue.workflow", workflowQueue);

        String sampleId = sample.getFileName().toString().replaceFirst("\\.zip$", "");
        byte[] samplePackage = Files.readAllBytes(sample);
        List<String> prepared = new ArrayList<>();
        for (int n = 1; n <= applications; n++) {
            String id = "l2d-%03d".formatted(n);
            String key = "zipped/" + id + ".zip";
            byte[] zip = TestApplications.renamed(samplePackage, sampleId, id);
            String eTag = LocalAws.s3().putObject(p -> p.bucket(bucket).key(key).contentType("application/zip"),
                    RequestBody.fromBytes(zip)).eTag().replace("\"", "");
            servers.setProperty("app." + id + ".key", key);
            servers.setProperty("app." + id + ".etag", eTag);
            servers.setProperty("app." + id + ".size", Integer.toString(zip.length));
            prepared.add(id);
        }
        try (OutputStream file = Files.newOutputStream(out.resolve("servers.properties"))) {
            servers.store(file, "local servers for bench/launch-to-decision.sh");
        }
        System.out.println("prepared " + applications + " uploads");
        System.out.flush();
        Files.writeString(out.resolve("ready.tmp"), "ready\n");
        Files.move(out.resolve("ready.tmp"), out.resolve("ready"), StandardCopyOption.ATOMIC_MOVE);

        while (System.in.read() != -1) {
            // serve until the benchmark script closes our standard input
        }
        List<String> decisions = new ArrayList<>();
        for (String id : prepared) {
            Map<String, AttributeValue> item = LocalAws.dynamoDb().getItem(g -> g.tableName(table).consistentRead(true)
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
}
