package io.onboarding.lambdas.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.lambdas.di.LocalEndpoints;
import io.onboarding.lambdas.di.LocalPipelineComponent;
import io.onboarding.lambdas.di.LocalWorkflowComponent;
import io.onboarding.lambdas.handler.DocumentHandlerAccess;
import io.onboarding.lambdas.handler.WorkflowHandlerAccess;
import io.onboarding.lambdas.workflow.LocalLambdaInvokeServer;
import io.onboarding.lambdas.workflow.LocalStepFunctions;
import io.onboarding.lambdas.workflow.StateMachineDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Not a test: one application's launch-to-decision time through Part 1 (DocumentLambdaFunction, then LicenseQueue
 * and SubmitLicenseLambdaFunction) and through the workflow (StartApplicationFunction, the state machine of
 * template.yaml in the local interpreter, the same queue and SubmitLicenseLambdaFunction answering the waiting
 * execution), on the local servers of {@link LaunchToDecisionServers}, which run in another JVM.
 *
 * <p>The clock starts when the upload's event is handed over (the S3 event's JSON to DocumentHandler, the
 * EventBridge event's JSON to StartApplicationHandler, each deserialised as the Lambda runtime does) and stops when
 * a consistent read of the application's record in DynamoDB Local shows the decision APPROVED (polled every
 * {@value #POLL_MILLIS} ms). The licence check goes through the orchestration's own LicenseQueue (ElasticMQ) to
 * SubmitLicenseHandler, handed over by {@link LicenseQueueMapping}, this class's stand-in for the SQS event source
 * mapping.
 *
 * <p>Before any clock, every JVM starts the same stand-ins for the AWS services that call the functions: the Lambda
 * Invoke API ({@link LocalLambdaInvokeServer}) and the Step Functions harness ({@link LocalStepFunctions}, a Node
 * process running the definition taken from template.yaml). Part 1's JVMs start them too and leave them idle, so
 * both orchestrations begin from the same loaded classes. Modes:
 * <ul>
 *   <li>{@code cold <part1|workflow> <app-number> <round>}: this JVM measures one application. Its clock also covers
 *       what a cold start's INIT does: building the SDK clients, wiring the Dagger component and constructing the
 *       handlers. All of the orchestration's functions share this one JVM (in Lambda each has its own).</li>
 *   <li>{@code warm <warm-ups> <rounds> <first-app-number> <last-app-number>}: both orchestrations are wired once;
 *       after the untimed warm-ups (per orchestration, alternating), the rounds alternate Part 1 and the workflow,
 *       the order swapping from round to round. A failed application is reported and the round repeated with the
 *       next upload.</li>
 * </ul>
 * Each measured application prints one line, read by the script:
 * <pre>result mode=… orchestration=… round=… app=… launch_to_decision_ms=… init_ms=… first_return_ms=…
 *   check_queued_ms=… check_received_ms=… check_returned_ms=… execution=… execution_end_ms=… retries=…
 *   in_&lt;Function&gt;_ms=… decision=…</pre>
 * ({@code *_ms} from the start of the clock, except {@code in_<Function>_ms}: the time spent inside that function's
 * handler for this application, per function, whatever ran at the same time).
 */
public final class LaunchToDecisionBenchmark {
    static final String PART1 = "part1";
    static final String WORKFLOW = "workflow";
    private static final long POLL_MILLIS = 10;
    private static final Duration DECISION_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_FAILURES = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LaunchToDecisionBenchmark() {
    }

    /** Arguments: servers.properties, template.yaml, then the mode and its arguments (see the class comment). */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: LaunchToDecisionBenchmark <servers.properties> <template.yaml>"
                    + " cold <part1|workflow> <app-number> <round> | warm <warm-ups> <rounds> <first-app> <last-app>");
        }
        Servers servers = Servers.read(Path.of(args[0]));
        String definition = definition(Path.of(args[1]));
        int exit;
        try (Services services = Services.start(definition)) {
            exit = switch (args[2]) {
                case "cold" -> cold(servers, services, args[3], Integer.parseInt(args[4]), args[5]);
                case "warm" -> warm(servers, services, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]), Integer.parseInt(args[6]));
                default -> throw new IllegalArgumentException("unknown mode " + args[2]);
            };
        }
        System.out.flush();
        System.exit(exit);   // the SDK's and the mapping's threads must not keep this JVM alive
    }

    /** One application in this fresh JVM, its functions' INIT inside the clock; exit status 1 if it was not approved. */
    private static int cold(Servers servers, Services services, String orchestration, int app, String round) {
        Upload upload = servers.upload(app);
        Clock clock = Clock.start();
        Orchestration wired = wire(orchestration, Clients.build(servers), servers, services);
        long init = clock.elapsedMillis();
        Map<String, String> fields = wired.run(upload, clock);
        fields.put("init_ms", Long.toString(init));
        print("cold", orchestration, round, upload, fields);
        wired.close();
        return "APPROVED".equals(fields.get("decision")) ? 0 : 1;
    }

    /** Both orchestrations wired once, untimed warm-ups, then alternating rounds. */
    private static int warm(Servers servers, Services services, int warmUps, int rounds, int firstApp, int lastApp) {
        Clients clients = Clients.build(servers);
        Map<String, Orchestration> wired = new LinkedHashMap<>();
        wired.put(PART1, wire(PART1, clients, servers, services));
        wired.put(WORKFLOW, wire(WORKFLOW, clients, servers, services));
        int next = firstApp;
        int failures = 0;
        List<String> plan = new ArrayList<>();
        for (int n = 1; n <= warmUps; n++) {
            plan.add("warmup " + PART1 + " " + n);
            plan.add("warmup " + WORKFLOW + " " + n);
        }
        for (int round = 1; round <= rounds; round++) {
            List<String> order = round % 2 == 1 ? List.of(PART1, WORKFLOW) : List.of(WORKFLOW, PART1);
            for (String orchestration : order) {
                plan.add("warm " + orchestration + " " + round);
            }
        }
        for (String item : plan) {
            String[] parts = item.split(" ");
            while (true) {
                if (next > lastApp) {
                    throw new IllegalStateException("no uploads left for " + item);
                }
                Upload upload = servers.upload(next++);
                Clock clock = Clock.start();
                Map<String, String> fields = wired.get(parts[1]).run(upload, clock);
                print(parts[0], parts[1], parts[2], upload, fields);
                if ("APPROVED".equals(fields.get("decision"))) {
                    break;
                }
                if (++failures >= MAX_FAILURES) {
                    return 1;
                }
            }
        }
        wired.values().forEach(Orchestration::close);
        return 0;
    }

    private static Orchestration wire(String orchestration, Clients clients, Servers servers, Services services) {
        return switch (orchestration) {
            case PART1 -> new Part1(clients.endpoints(servers, servers.part1Queue()));
            case WORKFLOW -> new Workflow(clients.endpoints(servers, servers.workflowQueue()), services);
            default -> throw new IllegalArgumentException("unknown orchestration " + orchestration);
        };
    }

    private static void print(String mode, String orchestration, String round, Upload upload, Map<String, String> fields) {
        StringBuilder line = new StringBuilder("result mode=").append(mode).append(" orchestration=")
                .append(orchestration).append(" round=").append(round).append(" app=").append(upload.id());
        fields.forEach((name, value) -> line.append(' ').append(name).append('=').append(value));
        System.out.println(line);
        System.out.flush();
    }

    /** The definition in template.yaml, its function ARNs replaced by the functions' names (as ApplicationWorkflowIT). */
    private static String definition(Path template) {
        var functionNames = new LinkedHashMap<String, String>();
        for (String key : StateMachineDefinition.substitutionKeys(template)) {
            functionNames.put(key, key.replaceFirst("Arn$", ""));
        }
        return StateMachineDefinition.fromTemplate(template, functionNames);
    }

    /** Nanosecond clock from the hand-over, with the wall-clock time of its start for the other processes' stamps. */
    private record Clock(long startNanos, long startWallMillis) {
        static Clock start() {
            return new Clock(System.nanoTime(), System.currentTimeMillis());
        }

        long elapsedMillis() {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }

        long sinceStart(long wallMillis) {
            return wallMillis - startWallMillis;
        }
    }

    /** What {@link LaunchToDecisionServers} wrote: endpoints, resource names and the prepared uploads. */
    private record Servers(Properties properties) {
        static Servers read(Path file) throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            return new Servers(properties);
        }

        String get(String name) {
            String value = properties.getProperty(name);
            if (value == null) {
                throw new IllegalStateException("servers.properties has no " + name);
            }
            return value;
        }

        URI endpoint(String service) {
            return URI.create(get("endpoint." + service));
        }

        String part1Queue() {
            return get("queue.part1");
        }

        String workflowQueue() {
            return get("queue.workflow");
        }

        Upload upload(int number) {
            String id = "l2d-%03d".formatted(number);
            return new Upload(id, get("app." + id + ".key"), get("app." + id + ".etag"),
                    Long.parseLong(get("app." + id + ".size")));
        }
    }

    /** One fresh copy of the approved sample in S3Proxy, and the events S3 and EventBridge would send for it. */
    private record Upload(String id, String key, String eTag, long size) {
        String s3EventJson(String bucket) {
            return """
                    {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                     "eventTime":"2026-11-28T10:00:00.000Z","eventName":"ObjectCreated:Put",
                     "userIdentity":{"principalId":"AWS:AIDAEXAMPLE"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},
                     "responseElements":{"x-amz-request-id":"EXAMPLE","x-amz-id-2":"EXAMPLE"},
                     "s3":{"s3SchemaVersion":"1.0","configurationId":"PackageUploaded",
                      "bucket":{"name":"%s","ownerIdentity":{"principalId":"EXAMPLE"},"arn":"arn:aws:s3:::%s"},
                      "object":{"key":"%s","size":%d,"eTag":"%s","sequencer":"0062E99A88DC407460"}}}]}
                    """.formatted(bucket, bucket, key, size, eTag);
        }

        String eventBridgeJson(String bucket) {
            return """
                    {"version":"0","id":"17793124-05d4-b198-2fde-7ededc63b103","detail-type":"Object Created",
                     "source":"aws.s3","account":"000000000000","time":"2026-11-28T10:00:00Z","region":"us-east-1",
                     "resources":["arn:aws:s3:::%s"],
                     "detail":{"version":"0","bucket":{"name":"%s"},"object":{"key":"%s","size":%d,"etag":"%s"},
                      "reason":"PutObject"}}
                    """.formatted(bucket, bucket, key, size, eTag);
        }
    }

    /** The SDK clients for the local servers, one factory per server, as the functions' INIT builds them. */
    private record Clients(AwsClientFactory s3, AwsClientFactory dynamoDb, AwsClientFactory sqs, AwsClientFactory sns,
                           AwsClientFactory recorded) {
        static Clients build(Servers servers) {
            return new Clients(factory(servers, "s3"), factory(servers, "dynamodb"), factory(servers, "sqs"),
                    factory(servers, "sns"), factory(servers, "recorded"));
        }

        private static AwsClientFactory factory(Servers servers, String service) {
            return AwsClientFactory.create(LocalAws.settings(servers.endpoint(service)));
        }

        LocalEndpoints endpoints(Servers servers, String licenseQueueUrl) {
            return new LocalEndpoints(s3.s3(), dynamoDb.dynamoDb(), sqs.sqs(), sns.sns(), recorded.rekognition(),
                    recorded.textract(), servers.get("bucket"), servers.get("table"), servers.get("topic"),
                    licenseQueueUrl, URI.create(servers.get("validator")));
        }
    }

    /** The stand-ins for the AWS services that invoke the functions, started before any clock in every JVM. */
    private record Services(LocalLambdaInvokeServer lambda, LocalStepFunctions stepFunctions) implements AutoCloseable {
        static Services start(String definition) {
            LocalLambdaInvokeServer lambda = LocalLambdaInvokeServer.start();
            return new Services(lambda, LocalStepFunctions.builder(definition, lambda.endpoint()).start());
        }

        @Override
        public void close() {
            stepFunctions.close();
            lambda.close();
        }
    }

    /** One orchestration's functions, wired to the local servers, and the application's way through them. */
    private abstract static class Orchestration implements AutoCloseable {
        protected final LocalEndpoints local;
        /** Time inside each function for the application in flight (one at a time), by function name. */
        protected final Map<String, Long> functionNanos = new ConcurrentHashMap<>();
        private final LicenseQueueMapping mapping;

        Orchestration(LocalEndpoints local, RequestHandler<SQSEvent, SQSBatchResponse> submitLicense) {
            this.local = local;
            this.mapping = new LicenseQueueMapping(local, submitLicense, functionNanos);
        }

        /** Hands the upload's event to the first function; returns when that function returns. */
        abstract void handOver(Upload upload);

        /** Called after the decision, outside the clock: waits for the orchestration's own end and reports on it. */
        abstract void afterDecision(Upload upload, Clock clock, Map<String, String> fields);

        final Map<String, String> run(Upload upload, Clock clock) {
            functionNanos.clear();
            Map<String, String> fields = new LinkedHashMap<>();
            String decision;
            try {
                handOver(upload);
                long firstReturn = clock.elapsedMillis();
                decision = awaitDecision(upload.id());
                fields.put("launch_to_decision_ms", Long.toString(clock.elapsedMillis()));
                fields.put("first_return_ms", Long.toString(firstReturn));
            } catch (RuntimeException e) {
                decision = "FAILED(" + e.getClass().getSimpleName() + ")";
            }
            long[] check = mapping.awaitCheck(upload.id());
            if (check != null) {
                fields.put("check_queued_ms", Long.toString(clock.sinceStart(check[0])));
                fields.put("check_received_ms", Long.toString(clock.sinceStart(check[1])));
                fields.put("check_returned_ms", Long.toString(clock.sinceStart(check[2])));
            }
            try {
                afterDecision(upload, clock, fields);
            } catch (RuntimeException e) {
                decision = "FAILED(" + e.getClass().getSimpleName() + ")";
            }
            new TreeMap<>(functionNanos).forEach((function, nanos) ->
                    fields.put("in_" + function + "_ms", Long.toString(nanos / 1_000_000)));
            fields.put("decision", decision);
            return fields;
        }

        /** Polls the record (consistent reads) until it holds a decision other than PENDING_LICENSE_VALIDATION. */
        private String awaitDecision(String id) {
            long deadline = System.nanoTime() + DECISION_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                Map<String, AttributeValue> item = local.dynamoDb().getItem(g -> g.tableName(local.table())
                        .consistentRead(true).key(Map.of("APP_UUID", AttributeValue.fromS(id)))).item();
                AttributeValue decision = item == null ? null : item.get("DECISION");
                if (decision != null && !"PENDING_LICENSE_VALIDATION".equals(decision.s())) {
                    return decision.s();
                }
                sleep(POLL_MILLIS);
            }
            return "TIMEOUT";
        }

        <T> T timed(String function, Supplier<T> call) {
            long start = System.nanoTime();
            try {
                return call.get();
            } finally {
                functionNanos.merge(function, System.nanoTime() - start, Long::sum);
            }
        }

        @Override
        public void close() {
            mapping.close();
        }
    }

    /** Part 1: DocumentLambdaFunction on the S3 event, then the licence check through LicenseQueue. */
    private static final class Part1 extends Orchestration {
        private final RequestHandler<S3Event, Void> document;
        private final PojoSerializer<S3Event> events;

        Part1(LocalEndpoints local) {
            this(local, LocalPipelineComponent.create(local));
        }

        private Part1(LocalEndpoints local, LocalPipelineComponent component) {
            super(local, WorkflowHandlerAccess.submitLicense(component));
            this.document = DocumentHandlerAccess.handler(component);
            this.events = LambdaEventSerializers.serializerFor(S3Event.class, Part1.class.getClassLoader());
        }

        @Override
        void handOver(Upload upload) {
            timed("DocumentFunction", () -> document.handleRequest(events.fromJson(upload.s3EventJson(local.bucket())),
                    null));
        }

        @Override
        void afterDecision(Upload upload, Clock clock, Map<String, String> fields) {
            // nothing runs after SubmitLicenseLambdaFunction settles the record
        }
    }

    /** The workflow: StartApplicationFunction on the EventBridge event, then the state machine's execution. */
    private static final class Workflow extends Orchestration {
        private final LocalStepFunctions stepFunctions;
        private final RequestHandler<Map<String, Object>, Map<String, Object>> startApplication;
        private final PojoSerializer<Map<String, Object>> events;
        private String executionArn;

        Workflow(LocalEndpoints local, Services services) {
            this(local, services, LocalWorkflowComponent.create(local, services.stepFunctions().endpoint(),
                    services.stepFunctions().stateMachineArn(), Map.of()));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Workflow(LocalEndpoints local, Services services, LocalWorkflowComponent component) {
            super(local, component.submitLicenseHandler());
            this.stepFunctions = services.stepFunctions();
            this.startApplication = component.startApplicationHandler();
            this.events = (PojoSerializer) JacksonFactory.getInstance().getSerializer(Map.class);
            component.stepHandlers().forEach((name, handler) -> services.lambda().register(name, input ->
                    timed(name, () -> handler.handleRequest(input, null))));
        }

        @Override
        void handOver(Upload upload) {
            Map<String, Object> started = timed("StartApplicationFunction", () -> startApplication.handleRequest(
                    events.fromJson(upload.eventBridgeJson(local.bucket())), null));
            executionArn = stepFunctions.stateMachineArn().replace(":stateMachine:", ":execution:") + ":"
                    + started.get("executionName");
        }

        @Override
        void afterDecision(Upload upload, Clock clock, Map<String, String> fields) {
            DescribeExecutionResponse ended = stepFunctions.awaitCompletion(executionArn, DECISION_TIMEOUT);
            fields.put("execution", ended.statusAsString());
            if (ended.stopDate() != null) {
                fields.put("execution_end_ms", Long.toString(clock.sinceStart(ended.stopDate().toEpochMilli())));
            }
            fields.put("retries", Long.toString(stepFunctions.history(executionArn).stream()
                    .filter(entry -> entry.type().contains("Retried")).count()));
        }
    }

    /**
     * The stand-in for the SQS event source mapping of SubmitLicenseLambdaFunction: long-polls the orchestration's
     * LicenseQueue (batches of up to 10, 1 s waits), hands each batch to the handler and deletes the messages it did
     * not report failed. It stamps each licence check (by the {@code uuid} of its body) with the queue's SentTimestamp,
     * the time it was received and the time the handler returned.
     */
    private static final class LicenseQueueMapping implements AutoCloseable {
        static final String FUNCTION = "SubmitLicenseFunction";
        private final LocalEndpoints local;
        private final RequestHandler<SQSEvent, SQSBatchResponse> handler;
        private final Map<String, Long> functionNanos;
        private final Map<String, long[]> checks = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean running = true;

        LicenseQueueMapping(LocalEndpoints local, RequestHandler<SQSEvent, SQSBatchResponse> handler,
                            Map<String, Long> functionNanos) {
            this.local = local;
            this.handler = handler;
            this.functionNanos = functionNanos;
            this.thread = new Thread(this::poll, "license-queue-mapping");
            thread.setDaemon(true);
            thread.start();
        }

        private void poll() {
            while (running) {
                List<Message> messages;
                try {
                    messages = local.sqs().receiveMessage(r -> r.queueUrl(local.licenseQueueUrl())
                            .maxNumberOfMessages(10).waitTimeSeconds(1)
                            .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
                } catch (RuntimeException e) {
                    if (running) {
                        System.err.println("license-queue-mapping: receive failed: " + e);
                        sleep(100);
                    }
                    continue;
                }
                if (messages.isEmpty()) {
                    continue;
                }
                long received = System.currentTimeMillis();
                List<SQSEvent.SQSMessage> records = new ArrayList<>();
                for (Message message : messages) {
                    var record = new SQSEvent.SQSMessage();
                    record.setMessageId(message.messageId());
                    record.setReceiptHandle(message.receiptHandle());
                    record.setBody(message.body());
                    record.setAttributes(new LinkedHashMap<>(message.attributesAsStrings()));
                    record.setEventSource("aws:sqs");
                    records.add(record);
                }
                var event = new SQSEvent();
                event.setRecords(records);
                long start = System.nanoTime();
                SQSBatchResponse response = handler.handleRequest(event, null);
                functionNanos.merge(FUNCTION, System.nanoTime() - start, Long::sum);
                long returned = System.currentTimeMillis();
                List<String> failed = response.getBatchItemFailures().stream()
                        .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
                for (Message message : messages) {
                    if (!failed.contains(message.messageId())) {
                        local.sqs().deleteMessage(d -> d.queueUrl(local.licenseQueueUrl())
                                .receiptHandle(message.receiptHandle()));
                    }
                    String sent = message.attributesAsStrings().get("SentTimestamp");
                    checks.put(applicationId(message), new long[] {sent == null ? received : Long.parseLong(sent),
                            received, returned});
                }
            }
        }

        private static String applicationId(Message message) {
            try {
                return JSON.readTree(message.body()).path("uuid").asText();
            } catch (IOException e) {
                return "unreadable";
            }
        }

        /** The stamps of the application's licence check, once its handler returned; null if none came in 10 s. */
        long[] awaitCheck(String id) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                long[] check = checks.get(id);
                if (check != null) {
                    return check;
                }
                sleep(POLL_MILLIS);
            }
            return null;
        }

        @Override
        public void close() {
            running = false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
