package io.onboarding.lambdas.e2e;

import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.COMPARE_FACES;
import static io.onboarding.adapters.aws.recorded.RecordedAwsServer.DETECT_FACES;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.fauxqs.Fauxqs;
import io.onboarding.adapters.aws.http.SigV4Signing;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.LocalEndpoints;
import io.onboarding.lambdas.di.LocalWorkflowComponent;
import io.onboarding.lambdas.workflow.LocalLambdaInvokeServer;
import io.onboarding.lambdas.workflow.LocalStepFunctions;
import io.onboarding.lambdas.workflow.PermanentStepException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The bank's API end to end on this machine: signed HTTP requests through the loopback API Gateway (routes from
 * api/openapi.yaml, SigV4 checked) to ApplicationApiFunction, a real HTTP PUT of the package with the presigned link
 * into S3Proxy (a versioned bucket), the workflow as ApplicationWorkflowIT runs it (the state machine of
 * template.yaml in the local interpreter, the real handlers on the local servers), then status, review and purge
 * through the API. Everything the functions log in this JVM, every answer and every notification is kept, and the
 * canary test checks that none carries a value the applicant declared or the reviewer's note.
 */
class ApplicationApiIT {
    private static final Duration COMPLETION = Duration.ofSeconds(60);
    private static final String FACES_MATCH = "rekognition/compare-faces-licence-portrait-matches.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTE = "Phoned the applicant at home; confirmed licence and address by voice";
    private static final String REVIEW = "{\"outcome\":\"APPROVED\",\"reviewer\":\"ops.officer@bank.example\","
            + "\"reasonCode\":\"VERIFIED_BY_PHONE\",\"note\":\"" + NOTE + "\"}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalWorkflowStack stack;
    private static RecordedAwsServer recorded;
    private static ApiGatewayLoopback apiGateway;
    private static LocalEndpoints local;
    private static LocalLambdaInvokeServer lambda;
    private static LocalStepFunctions stepFunctions;
    private static LocalWorkflowComponent component;
    private static String notificationsQueueUrl;
    private static PrintStream stdout;
    private static PrintStream stderr;
    private static final ByteArrayOutputStream LOGGED = new ByteArrayOutputStream();
    private static final List<String> ANSWERS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger API_INVOCATIONS = new AtomicInteger();

    /** How a test request is signed. */
    private enum Signing { SIGNED, UNSIGNED, WRONG_SECRET }

    @BeforeAll
    static void start() throws IOException {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(new Tee(stdout, LOGGED), true, UTF_8));
        System.setErr(new PrintStream(new Tee(stderr, LOGGED), true, UTF_8));
        // as the template's bucket: versioned, so a purge must remove non-current versions too
        stack = LocalWorkflowStack.start(true);
        recorded = stack.recorded;
        recorded.on(COMPARE_FACES, Reply.fixture(FACES_MATCH));
        recorded.on(DETECT_FACES, Reply.fixture("rekognition/detect-faces-selfie-good.json"));
        apiGateway = stack.apiGateway;
        local = stack.local;
        lambda = stack.lambda;
        stepFunctions = stack.stepFunctions;
        component = stack.component;
        Fauxqs fauxqs = Fauxqs.shared();
        notificationsQueueUrl = fauxqs.sqs().createQueue(q -> q.queueName(LocalAws.unique("bank"))).queueUrl();
        String queueArn = fauxqs.sqs().getQueueAttributes(r -> r.queueUrl(notificationsQueueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        fauxqs.sns().subscribe(s -> s.topicArn(local.topicArn()).protocol("sqs").endpoint(queueArn));
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api = component.applicationApiHandler();
        apiGateway.register("ApplicationApiFunction", (event, context) -> {
            API_INVOCATIONS.incrementAndGet();
            return api.handleRequest(event, context);
        });
    }

    @AfterAll
    static void stop() {
        System.setOut(stdout);
        System.setErr(stderr);
        if (stack != null) {
            stack.close();
        }
    }

    @AfterEach
    void clearFailures() {
        lambda.reset();
    }

    @Test
    void anUploadThroughTheApiIsDecidedAndItsStatusShowsTheDecisionTheChecksAndTheHistory() throws Exception {
        String id = "e6000001";
        byte[] zip = TestApplications.samplePackageAs(TestApplications.SAMPLE_APPROVED, id);

        JsonNode upload = created(call("POST", "/applications", "{\"appUuid\":\"" + id + "\",\"contentLength\":"
                + zip.length + "}", Signing.SIGNED)).get("upload");
        int shorter = put(upload, java.util.Arrays.copyOf(zip, zip.length - 1));
        int exact = put(upload, zip);
        DescribeExecutionResponse ended = runToTheEnd(announce(id), true);
        HttpResponse<String> status = call("GET", "/applications/" + id, null, Signing.SIGNED);
        HttpResponse<String> again = call("POST", "/applications", "{\"appUuid\":\"" + id
                + "\",\"contentLength\":10}", Signing.SIGNED);

        assertThat(shorter).isEqualTo(403);
        assertThat(exact).isEqualTo(200);
        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(status.body());
        assertThat(body.get("stage").asText()).as(status.body()).isEqualTo("DECIDED");
        assertThat(body.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(body.get("face").asText()).isEqualTo("MATCH");
        assertThat(body.get("licenseValidation").asText()).isEqualTo("VALID");
        assertThat(body.at("/details/fields")).as(status.body()).isNotEmpty().allSatisfy(field ->
                assertThat(field.get("outcome").asText() + field.get("reason").asText()).matches("[A-Z_]+"));
        assertThat(kinds(body)).first().isEqualTo("RECEIVED");
        assertThat(kinds(body)).containsSubsequence("RECEIVED", "DOCUMENTS_STORED", "LICENSE_CHECK_QUEUED",
                "LICENSE_VALIDATED", "DECIDED");
        assertThat(times(body)).isSorted();
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).isEqualTo("{\"error\":\"ALREADY_EXISTS\",\"fields\":[]}");
    }

    @Test
    void anApplicationThatNeedsReviewIsReviewedOnceAndTheBankIsNotifiedWithCodes() throws Exception {
        String id = "e6000002";
        needingReview(id);
        String approved = "e6000003";
        decidedThroughTheApi(approved);
        drainNotifications();

        HttpResponse<String> reviewed = call("POST", "/applications/" + id + "/review", REVIEW, Signing.SIGNED);
        List<JsonNode> notified = drainNotifications();
        HttpResponse<String> repeated = call("POST", "/applications/" + id + "/review", REVIEW, Signing.SIGNED);
        HttpResponse<String> otherwise = call("POST", "/applications/" + id + "/review",
                REVIEW.replace("\"APPROVED\"", "\"REJECTED\""), Signing.SIGNED);
        HttpResponse<String> notAwaiting = call("POST", "/applications/" + approved + "/review", REVIEW,
                Signing.SIGNED);
        HttpResponse<String> unknown = call("POST", "/applications/e6000099/review", REVIEW, Signing.SIGNED);
        HttpResponse<String> bad = call("POST", "/applications/" + id + "/review",
                "{\"outcome\":\"MAYBE\",\"reviewer\":\"ops\",\"reasonCode\":\"lower case\"}", Signing.SIGNED);
        HttpResponse<String> notJson = call("POST", "/applications/" + id + "/review", "outcome=APPROVED",
                Signing.SIGNED);

        assertThat(reviewed.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(reviewed.body());
        assertThat(body.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(body.at("/review/reasonCode").asText()).isEqualTo("VERIFIED_BY_PHONE");
        assertThat(body.at("/review/hasNote").asBoolean()).isTrue();
        assertThat(kinds(body)).as(reviewed.body()).containsSubsequence("DECIDED", "REVIEWED", "NOTIFIED");
        assertThat(notified).hasSize(1);
        assertThat(notified.get(0).at("/MessageAttributes/event_type/Value").asText()).isEqualTo("REVIEWED");
        assertThat(notified.get(0).get("Message").asText()).contains(id, "APPROVED", "VERIFIED_BY_PHONE")
                .doesNotContain("Phoned", "ops.officer");
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(repeated.body()).isEqualTo(reviewed.body());
        assertThat(drainNotifications()).isEmpty();
        assertThat(otherwise.statusCode()).isEqualTo(409);
        assertThat(otherwise.body()).isEqualTo("{\"error\":\"ALREADY_REVIEWED\",\"fields\":[]}");
        assertThat(notAwaiting.statusCode()).isEqualTo(409);
        assertThat(notAwaiting.body()).isEqualTo("{\"error\":\"NOT_AWAITING_REVIEW\",\"fields\":[]}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("{\"error\":\"BAD_REQUEST\",\"fields\":[\"outcome\",\"reasonCode\"]}");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).isEqualTo("{\"error\":\"BAD_REQUEST\",\"fields\":[\"body\"]}");
    }

    @Test
    void everyRouteRefusesUnsignedAndWronglySignedRequestsBeforeAnyFunctionRuns() throws Exception {
        int invocations = API_INVOCATIONS.get();
        int validations = apiGateway.served().size();
        var answers = new ArrayList<String>();

        for (ApiGatewayLoopback.Route route : apiGateway.routes()) {
            String path = route.path().replace("{id}", "e6000004");
            String body = route.path().equals("/license")
                    ? "{\"driver_license_id\":\"X1\",\"validation_override\":true}" : "{}";
            for (Signing signing : List.of(Signing.UNSIGNED, Signing.WRONG_SECRET)) {
                HttpResponse<String> response = call(route.method(), path, body, signing);
                answers.add(route.routeKey() + " " + signing + " " + response.statusCode());
            }
        }
        HttpResponse<String> tampered = send(request("POST", "/applications", "{\"contentLength\":5}",
                Signing.SIGNED).method("POST", HttpRequest.BodyPublishers.ofString("{\"contentLength\":6}")));

        assertThat(apiGateway.routes()).extracting(ApiGatewayLoopback.Route::routeKey).containsExactlyInAnyOrder(
                "POST /applications", "GET /applications/{id}", "POST /applications/{id}/review",
                "DELETE /applications/{id}/documents", "POST /license");
        assertThat(answers).hasSize(10).allSatisfy(answer -> assertThat(answer).endsWith(" 403"));
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(API_INVOCATIONS.get()).isEqualTo(invocations);
        assertThat(apiGateway.served().subList(validations, apiGateway.served().size()))
                .allSatisfy(served -> assertThat(served.status()).isEqualTo(403));
    }

    @Test
    void aPurgeRemovesEveryVersionOfTheFilesAndKeepsTheDecisionAndItsHistory() throws Exception {
        String id = "e6000005";
        decidedThroughTheApi(id);
        // a second version of the package, as a repeated upload leaves it
        local.s3().putObject(p -> p.bucket(local.bucket()).key("zipped/" + id + ".zip"),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(new byte[] {1}));
        assertThat(versionsOf(id)).hasSizeGreaterThanOrEqualTo(5);

        HttpResponse<String> early = call("DELETE", "/applications/e6000099/documents?requestedBy=dpo&reasonCode=X",
                null, Signing.SIGNED);
        HttpResponse<String> purged = call("DELETE", "/applications/" + id
                + "/documents?requestedBy=dpo%40bank.example&reasonCode=CUSTOMER_REQUEST", null, Signing.SIGNED);
        HttpResponse<String> status = call("GET", "/applications/" + id, null, Signing.SIGNED);

        assertThat(early.statusCode()).isEqualTo(404);
        assertThat(purged.statusCode()).isEqualTo(200);
        assertThat(versionsOf(id)).isEmpty();
        JsonNode body = JSON.readTree(status.body());
        assertThat(body.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(body.at("/purge/requestedBy").asText()).as(status.body()).isEqualTo("dpo@bank.example");
        assertThat(body.at("/purge/reasonCode").asText()).isEqualTo("CUSTOMER_REQUEST");
        assertThat(kinds(body)).last().isEqualTo("DOCUMENTS_PURGED");
        assertThat(kinds(body)).contains("DECIDED");
    }

    @Test
    void noAnswerLogLineOrNotificationCarriesADeclaredValueOrTheNote() throws Exception {
        String id = "e6000006";
        needingReview(id);
        call("GET", "/applications/" + id, null, Signing.SIGNED);
        call("POST", "/applications/" + id + "/review", REVIEW, Signing.SIGNED);
        call("DELETE", "/applications/" + id + "/documents", "{\"requestedBy\":\"dpo\",\"reasonCode\":\"RETENTION\"}",
                Signing.SIGNED);
        call("GET", "/applications/" + id, null, Signing.SIGNED);
        List<Pattern> canaries = canaries();
        List<String> notifications = drainNotifications().stream().map(JsonNode::toString).toList();
        List<String> logLines = LOGGED.toString(UTF_8).lines().toList();

        assertThat(canaries).hasSizeGreaterThanOrEqualTo(8);
        assertThat(ANSWERS).isNotEmpty();
        assertThat(logLines).anySatisfy(line -> assertThat(line).contains("\"event\":\"answered\""));
        for (List<String> texts : List.of(ANSWERS, logLines, notifications)) {
            assertThat(texts).allSatisfy(text -> assertThat(canaries)
                    .noneSatisfy(canary -> assertThat(canary.matcher(text).find()).isTrue()));
        }
    }

    /** The sample's declared values (from its CSV), as they would appear as words, and the review's note. */
    private static List<Pattern> canaries() throws IOException {
        var values = new ArrayList<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(
                TestApplications.samplePackage(TestApplications.SAMPLE_APPROVED)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".csv")) {
                    List<String> rows = new String(zip.readAllBytes(), UTF_8).lines().toList();
                    values.addAll(List.of(rows.get(1).split(",")));
                }
            }
        }
        values.add("1957-01-12");
        values.add(NOTE);
        values.add("Phoned");
        return values.stream().map(value -> Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(value)
                + "(?![A-Za-z0-9])")).toList();
    }

    private static void decidedThroughTheApi(String id) throws Exception {
        byte[] zip = TestApplications.samplePackageAs(TestApplications.SAMPLE_APPROVED, id);
        JsonNode upload = created(call("POST", "/applications", "{\"appUuid\":\"" + id + "\",\"contentLength\":"
                + zip.length + "}", Signing.SIGNED)).get("upload");
        assertThat(put(upload, zip)).isEqualTo(200);
        assertThat(runToTheEnd(announce(id), true).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    /** Uploaded through the API; the details step fails for good, so the application is left for review. */
    private static void needingReview(String id) throws Exception {
        byte[] zip = TestApplications.samplePackageAs(TestApplications.SAMPLE_APPROVED, id);
        JsonNode upload = created(call("POST", "/applications", "{\"appUuid\":\"" + id + "\",\"contentLength\":"
                + zip.length + "}", Signing.SIGNED)).get("upload");
        assertThat(put(upload, zip)).isEqualTo(200);
        lambda.failNext("CheckDetailsFunction", 10, new PermanentStepException("textract: access denied"));
        assertThat(runToTheEnd(announce(id), false).status()).isEqualTo(ExecutionStatus.FAILED);
        lambda.reset();
        JsonNode status = JSON.readTree(call("GET", "/applications/" + id, null, Signing.SIGNED).body());
        assertThat(status.get("decision").asText()).isEqualTo("NEEDS_REVIEW");
    }

    private static JsonNode created(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /**
     * The upload as the bank's client sends it: a plain PUT with the link's headers (the JDK sets the length). Each
     * upload has a client of its own: S3Proxy answers a refused upload before reading its body and closes the
     * connection, which a shared client could otherwise pick for the next request.
     */
    private static int put(JsonNode upload, byte[] zip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upload.get("url").asText()))
                .method(upload.get("method").asText(), HttpRequest.BodyPublishers.ofByteArray(zip));
        upload.get("headers").fields().forEachRemaining(header -> {
            if (!header.getKey().equalsIgnoreCase("Content-Length")) {
                request.header(header.getKey(), header.getValue().asText());
            }
        });
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpResponse<String> call(String method, String pathAndQuery, String body, Signing signing)
            throws IOException, InterruptedException {
        return send(request(method, pathAndQuery, body, signing));
    }

    private static HttpRequest.Builder request(String method, String pathAndQuery, String body, Signing signing) {
        URI uri = apiGateway.baseUrl().resolve(pathAndQuery);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(UTF_8);
        var headers = new LinkedHashMap<String, String>();
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (signing != Signing.UNSIGNED) {
            String secret = signing == Signing.SIGNED ? LocalAws.SECRET_KEY : "not-the-secret";
            headers.putAll(SigV4Signing.forApiGateway(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    LocalAws.ACCESS_KEY, secret)), LocalAws.REGION.id()).headersFor(method, uri, headers, bytes));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, bytes.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(request::header);
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        ANSWERS.add(response.body());
        return response;
    }

    /** The EventBridge "Object Created" event S3 sends for the package now stored under the id's key. */
    private static Map<String, Object> announce(String id) {
        String key = "zipped/" + id + ".zip";
        HeadObjectResponse head = local.s3().headObject(h -> h.bucket(local.bucket()).key(key));
        var object = new LinkedHashMap<String, Object>();
        object.put("key", key);
        object.put("size", head.contentLength());
        object.put("etag", head.eTag().replace("\"", ""));
        if (head.versionId() != null) {
            object.put("version-id", head.versionId());
        }
        return Map.of("version", "0", "id", "17793124-05d4-b198-2fde-7ededc63b103", "detail-type", "Object Created",
                "source", "aws.s3", "account", LocalAws.ACCOUNT_ID, "time", Instant.now().toString(),
                "region", LocalAws.REGION.id(), "resources", List.of("arn:aws:s3:::" + local.bucket()),
                "detail", Map.of("version", "0", "bucket", Map.of("name", local.bucket()), "object", object,
                        "reason", "PutObject"));
    }

    private static DescribeExecutionResponse runToTheEnd(Map<String, Object> event, boolean answerLicenseChecks) {
        Map<String, Object> started = component.startApplicationHandler().handleRequest(event, null);
        String executionArn = stepFunctions.stateMachineArn().replace(":stateMachine:", ":execution:") + ":"
                + started.get("executionName");
        if (answerLicenseChecks) {
            settleLicenseCheck();
        }
        return stepFunctions.awaitCompletion(executionArn, COMPLETION);
    }

    /** What SQS's event source mapping does: hands LicenseQueue's message to SubmitLicenseLambdaFunction. */
    private static void settleLicenseCheck() {
        long deadline = System.nanoTime() + COMPLETION.toNanos();
        while (System.nanoTime() < deadline) {
            List<Message> messages = local.sqs().receiveMessage(r -> r.queueUrl(local.licenseQueueUrl())
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
            if (messages.isEmpty()) {
                continue;
            }
            var records = new ArrayList<SQSEvent.SQSMessage>();
            for (Message message : messages) {
                var record = new SQSEvent.SQSMessage();
                record.setMessageId(message.messageId());
                record.setBody(message.body());
                records.add(record);
                local.sqs().deleteMessage(d -> d.queueUrl(local.licenseQueueUrl())
                        .receiptHandle(message.receiptHandle()));
            }
            var event = new SQSEvent();
            event.setRecords(records);
            assertThat(component.submitLicenseHandler().handleRequest(event, null).getBatchItemFailures()).isEmpty();
            return;
        }
        throw new AssertionError("no licence check arrived in time");
    }

    /** The SNS envelopes delivered to the bank's subscription since the last call. */
    private static List<JsonNode> drainNotifications() throws IOException {
        var envelopes = new ArrayList<JsonNode>();
        var sqs = Fauxqs.shared().sqs();
        for (List<Message> messages = receive(sqs); !messages.isEmpty(); messages = receive(sqs)) {
            for (Message message : messages) {
                envelopes.add(JSON.readTree(message.body()));
                sqs.deleteMessage(d -> d.queueUrl(notificationsQueueUrl).receiptHandle(message.receiptHandle()));
            }
        }
        return envelopes;
    }

    private static List<Message> receive(software.amazon.awssdk.services.sqs.SqsClient sqs) {
        return sqs.receiveMessage(r -> r.queueUrl(notificationsQueueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages();
    }

    private static List<String> versionsOf(String id) {
        var response = local.s3().listObjectVersions(l -> l.bucket(local.bucket()));
        var found = new ArrayList<String>();
        response.versions().stream().filter(v -> v.key().contains(id)).forEach(v -> found.add(v.key()));
        response.deleteMarkers().stream().filter(m -> m.key().contains(id)).forEach(m -> found.add(m.key()));
        return found;
    }

    private static List<String> kinds(JsonNode status) {
        var kinds = new ArrayList<String>();
        status.get("history").forEach(event -> kinds.add(event.get("kind").asText()));
        return kinds;
    }

    private static List<Instant> times(JsonNode status) {
        var times = new ArrayList<Instant>();
        status.get("history").forEach(event -> times.add(Instant.parse(event.get("at").asText())));
        return times;
    }

    /** Writes to the console and to the buffer the canary test reads. */
    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final OutputStream copy;

        Tee(OutputStream console, OutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            console.write(b, off, len);
            synchronized (copy) {
                copy.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            console.flush();
        }
    }
}
