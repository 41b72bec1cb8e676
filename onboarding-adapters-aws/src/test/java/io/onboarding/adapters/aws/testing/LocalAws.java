package io.onboarding.adapters.aws.testing;

import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.support.AwsSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * In-process AWS emulators for tests, each started on first use, once per JVM, on a free port of 127.0.0.1, and
 * stopped by a shutdown hook: DynamoDB Local on our own loopback Jetty connector, ElasticMQ (SQS) and S3Proxy with
 * an in-memory store. Clients come from {@link AwsClientFactory} with an endpoint override, so tests exercise the
 * production client wiring. Shipped in the test-jar for the Lambda module's tests.
 */
public final class LocalAws {
    public static final Region REGION = Region.US_EAST_1;
    /** DynamoDB Local 2.x accepts access key ids of letters and digits only. */
    public static final String ACCESS_KEY = "localaccess";
    public static final String SECRET_KEY = "localsecret";
    public static final String ACCOUNT_ID = "000000000000";
    /** The original system's table name; tests add a suffix so they never share a table. */
    public static final String APPLICATION_TABLE = "CustomerMetadataTable";

    private static final List<Emulator> RUNNING = new ArrayList<>();
    private static boolean hookInstalled;
    private static Emulator dynamoDb;
    private static Emulator sqs;
    private static Emulator s3;

    private LocalAws() {
    }

    /** Settings that send every client to {@code endpoint} with the emulators' static credentials. */
    public static AwsSettings settings(URI endpoint) {
        return AwsSettings.of(REGION, StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                SECRET_KEY))).withEndpointOverride(endpoint);
    }

    public static synchronized URI dynamoDbEndpoint() {
        if (dynamoDb == null) {
            dynamoDb = track(startDynamoDbLocal());
        }
        return dynamoDb.endpoint();
    }

    public static synchronized URI sqsEndpoint() {
        if (sqs == null) {
            sqs = track(startElasticMq());
        }
        return sqs.endpoint();
    }

    public static synchronized URI s3Endpoint() {
        if (s3 == null) {
            s3 = track(startS3Proxy());
        }
        return s3.endpoint();
    }

    /** The shared DynamoDB client for DynamoDB Local. */
    public static synchronized DynamoDbClient dynamoDb() {
        dynamoDbEndpoint();
        return dynamoDb.clients().dynamoDb();
    }

    /** The shared SQS client for ElasticMQ. */
    public static synchronized SqsClient sqs() {
        sqsEndpoint();
        return sqs.clients().sqs();
    }

    /** The shared S3 client for S3Proxy. */
    public static synchronized S3Client s3() {
        s3Endpoint();
        return s3.clients().s3();
    }

    /** Creates an on-demand table shaped like {@code CustomerMetadataTable} (partition key APP_UUID, string). */
    public static String createApplicationTable() {
        String name = unique(APPLICATION_TABLE);
        dynamoDb().createTable(table -> table.tableName(name)
                .keySchema(KeySchemaElement.builder().attributeName("APP_UUID").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("APP_UUID")
                        .attributeType(ScalarAttributeType.S).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return name;
    }

    /** Creates a fresh bucket and returns its name. */
    public static String createBucket() {
        String name = unique("documents");
        s3().createBucket(bucket -> bucket.bucket(name));
        return name;
    }

    /** Creates a fresh standard queue and returns its URL. */
    public static String createQueue() {
        String name = unique("license-check");
        return sqs().createQueue(queue -> queue.queueName(name)).queueUrl();
    }

    /** {@code prefix} plus a random suffix that is valid in table, bucket and queue names. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Emulator track(Emulator emulator) {
        RUNNING.add(emulator);
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(LocalAws::stopAll, "local-aws-shutdown"));
            hookInstalled = true;
        }
        return emulator;
    }

    private static synchronized void stopAll() {
        for (Emulator running : RUNNING) {
            try {
                running.stop();
            } catch (Exception e) {
                // the JVM is exiting; a server that fails to stop goes with it
            }
        }
        RUNNING.clear();
    }

    private static Emulator startDynamoDbLocal() {
        try {
            var handler = new LocalDynamoDBServerHandler(
                    new LocalDynamoDBRequestHandler(0, true, null, false, false), null);
            // DynamoDBProxyServer's own server binds every interface: only its handler is used, on our connector
            var proxy = new DynamoDBProxyServer(0, handler);
            var jetty = new Server();
            var connector = new ServerConnector(jetty);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            jetty.addConnector(connector);
            jetty.setHandler(proxy.setUpHandler(handler));
            jetty.start();
            return new Emulator("dynamodb-local", URI.create("http://127.0.0.1:" + connector.getLocalPort()),
                    jetty::stop);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
    }

    private static Emulator startElasticMq() {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort()
                .withAWSRegion(REGION.id()).withAWSAccountId(ACCOUNT_ID).start();
        int port = server.waitUntilStarted().localAddress().getPort();
        return new Emulator("elasticmq", URI.create("http://127.0.0.1:" + port), server::stopAndWait);
    }

    private static Emulator startS3Proxy() {
        try {
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new TransientNio2BlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not reach STARTED");
                }
                Thread.sleep(5);
            }
            return new Emulator("s3proxy", URI.create("http://127.0.0.1:" + proxy.getPort()), proxy::stop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting S3Proxy", e);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
    }

    /** Stops one emulator's server. */
    @FunctionalInterface
    private interface Stopper {
        void stop() throws Exception;
    }

    /** One running emulator, the client factory pointed at it, and how to stop it. */
    private static final class Emulator {
        private final String name;
        private final URI endpoint;
        private final Stopper stop;
        private final AwsClientFactory clients;

        Emulator(String name, URI endpoint, Stopper stop) {
            this.name = name;
            this.endpoint = endpoint;
            this.stop = stop;
            this.clients = AwsClientFactory.create(settings(endpoint));
        }

        URI endpoint() {
            return endpoint;
        }

        AwsClientFactory clients() {
            return clients;
        }

        void stop() throws Exception {
            clients.close();
            stop.stop();
        }

        @Override
        public String toString() {
            return name + " at " + endpoint;
        }
    }
}
