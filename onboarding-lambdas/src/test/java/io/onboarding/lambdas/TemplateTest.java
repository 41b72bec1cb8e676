package io.onboarding.lambdas;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.DocumentConfig;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SAM template at the repository root: names, wiring, least privilege and the settings a bank expects. */
class TemplateTest {
    private static final JsonNode TEMPLATE = load();
    private static final JsonNode RESOURCES = TEMPLATE.get("Resources");

    private static JsonNode load() {
        Path path = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "template.yaml");
        if (!Files.exists(path)) {
            path = Path.of("..", "template.yaml");
        }
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read template.yaml", e);
        }
    }

    private static JsonNode resource(String name) {
        JsonNode resource = RESOURCES.get(name);
        assertThat(resource).as("resource " + name).isNotNull();
        return resource;
    }

    private static JsonNode properties(String name) {
        return resource(name).get("Properties");
    }

    @Test
    void declaresEveryResourceOfTheSpecUnderItsName() {
        assertThat(properties("DocumentBucket").get("BucketName").asText()).isEqualTo("documentbucket-${AWS::AccountId}");
        assertThat(properties("CustomerMetadataTable").get("TableName").asText()).isEqualTo("CustomerMetadataTable");
        assertThat(properties("ApplicationNotifications").get("TopicName").asText()).isEqualTo("ApplicationNotifications");
        assertThat(properties("LicenseQueue").get("QueueName").asText()).isEqualTo("LicenseQueue");
        assertThat(properties("LicenseDeadLetterQueue").get("QueueName").asText()).isEqualTo("LicenseDeadLetterQueue");
        for (String function : List.of("DocumentLambdaFunction", "SubmitLicenseLambdaFunction",
                "ValidateLicenseLambdaFunction")) {
            assertThat(resource(function).get("Type").asText()).isEqualTo("AWS::Serverless::Function");
        }
    }

    @Test
    void keysTheTableOnAppUuid() {
        JsonNode table = properties("CustomerMetadataTable");

        assertThat(table.get("KeySchema").get(0).get("AttributeName").asText()).isEqualTo("APP_UUID");
        assertThat(table.get("KeySchema").get(0).get("KeyType").asText()).isEqualTo("HASH");
        assertThat(table.get("AttributeDefinitions").get(0).get("AttributeType").asText()).isEqualTo("S");
        assertThat(table.get("PointInTimeRecoverySpecification").get("PointInTimeRecoveryEnabled").asBoolean())
                .isTrue();
        assertThat(table.get("SSESpecification").get("SSEEnabled").asBoolean()).isTrue();
    }

    @Test
    void redrivesLicenceChecksToTheDeadLetterQueueAfterFiveReceives() {
        JsonNode queue = properties("LicenseQueue");

        assertThat(queue.get("VisibilityTimeout").asInt()).isEqualTo(300);
        assertThat(queue.get("RedrivePolicy").get("maxReceiveCount").asInt()).isEqualTo(5);
        assertThat(queue.get("RedrivePolicy").get("deadLetterTargetArn").asText())
                .isEqualTo("LicenseDeadLetterQueue.Arn");
    }

    @Test
    void givesTheQueueAVisibilityOfAtLeastSixTimesItsConsumersTimeout() {
        int timeout = properties("SubmitLicenseLambdaFunction").get("Timeout").asInt();

        assertThat(properties("LicenseQueue").get("VisibilityTimeout").asInt()).isGreaterThanOrEqualTo(6 * timeout);
    }

    @Test
    void runsEveryFunctionOnJava21WithAMakefileBuild() {
        assertThat(TEMPLATE.get("Globals").get("Function").get("Runtime").asText()).isEqualTo("java21");
        for (String function : functions()) {
            assertThat(resource(function).get("Metadata").get("BuildMethod").asText()).isEqualTo("makefile");
            assertThat(properties(function).get("MemorySize").asInt()).isGreaterThanOrEqualTo(512);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DocumentLambdaFunction", "SubmitLicenseLambdaFunction", "ValidateLicenseLambdaFunction"})
    void pointsEveryFunctionAtAnExistingRequestHandler(String function) throws ClassNotFoundException {
        String handler = properties(function).get("Handler").asText();

        assertThat(handler).endsWith("::handleRequest");
        Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
        assertThat(RequestHandler.class).isAssignableFrom(type);
        assertThat(Modifier.isPublic(type.getModifiers())).isTrue();
    }

    @Test
    void triggersTheDocumentFunctionOnEveryCreatedZipUnderZipped() {
        JsonNode event = properties("DocumentLambdaFunction").get("Events").get("PackageUploaded");

        assertThat(event.get("Type").asText()).isEqualTo("S3");
        assertThat(event.get("Properties").get("Events").asText()).isEqualTo("s3:ObjectCreated:*");
        JsonNode rules = event.get("Properties").get("Filter").get("S3Key").get("Rules");
        assertThat(rules.findValuesAsText("Value")).containsExactlyInAnyOrder("zipped/", ".zip");
    }

    @Test
    void parksDocumentEventsThatExhaustTheirRetries() {
        JsonNode config = properties("DocumentLambdaFunction").get("EventInvokeConfig");

        assertThat(config.get("MaximumRetryAttempts").asInt()).isEqualTo(2);
        assertThat(config.get("DestinationConfig").get("OnFailure").get("Destination").asText())
                .isEqualTo("DocumentDeadLetterQueue.Arn");
    }

    @Test
    void reportsPartialBatchFailuresFromTheLicenceQueue() {
        JsonNode event = properties("SubmitLicenseLambdaFunction").get("Events").get("LicenseQueued");

        assertThat(event.get("Type").asText()).isEqualTo("SQS");
        assertThat(event.get("Properties").get("Queue").asText()).isEqualTo("LicenseQueue.Arn");
        assertThat(event.get("Properties").get("FunctionResponseTypes").get(0).asText())
                .isEqualTo("ReportBatchItemFailures");
    }

    @Test
    void servesTheValidatorAsPostLicenseOnAnHttpApi() {
        JsonNode event = properties("ValidateLicenseLambdaFunction").get("Events").get("ValidateLicense");

        assertThat(event.get("Type").asText()).isEqualTo("HttpApi");
        assertThat(event.get("Properties").get("Path").asText()).isEqualTo("/license");
        assertThat(event.get("Properties").get("Method").asText()).isEqualTo("POST");
        assertThat(resource("LicenseApi").get("Type").asText()).isEqualTo("AWS::Serverless::HttpApi");
    }

    @Test
    void grantsNoWildcardActionsAndWildcardResourcesOnlyWhereAwsAllowsNoOther() {
        for (String role : List.of("DocumentLambdaRole", "SubmitLicenseLambdaRole", "ValidateLicenseLambdaRole")) {
            for (JsonNode statement : statements(role)) {
                List<String> actions = texts(statement.get("Action"));
                assertThat(actions).as(role + " actions").noneMatch(action -> action.contains("*"));
                if (texts(statement.get("Resource")).contains("*")) {
                    assertThat(actions).as(role + " actions on '*'")
                            .isSubsetOf("rekognition:CompareFaces", "rekognition:DetectFaces", "textract:AnalyzeID");
                }
            }
        }
    }

    @Test
    void namesThePoliciesAsTheSpecDoes() {
        assertThat(policyNames("DocumentLambdaRole")).contains("DocumentLambdaPolicy");
        assertThat(policyNames("SubmitLicenseLambdaRole")).contains("DynamoDBPolicy", "SQSQueueExecutionPolicy");
        assertThat(policyNames("ValidateLicenseLambdaRole")).containsExactly("SubmitLambdaPolicy");
        assertThat(allActions("ValidateLicenseLambdaRole")).isNotEmpty().allMatch(action -> action.startsWith("logs:"));
        assertThat(allActions("SubmitLicenseLambdaRole")).doesNotContain("s3:GetObject", "rekognition:CompareFaces");
        assertThat(allActions("DocumentLambdaRole")).contains("rekognition:CompareFaces", "rekognition:DetectFaces",
                "textract:AnalyzeID",
                "sqs:SendMessage", "sns:Publish", "dynamodb:PutItem", "s3:GetObject", "s3:PutObject");
    }

    @Test
    void encryptsEverythingAtRestAndTheBucketOnlyAcceptsTls() {
        JsonNode bucket = properties("DocumentBucket");
        assertThat(bucket.get("BucketEncryption")).isNotNull();
        assertThat(bucket.get("VersioningConfiguration").get("Status").asText()).isEqualTo("Enabled");
        assertThat(bucket.get("LifecycleConfiguration").get("Rules").get(0).get("Prefix").asText())
                .isEqualTo("zipped/");
        JsonNode block = bucket.get("PublicAccessBlockConfiguration");
        for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls",
                "RestrictPublicBuckets")) {
            assertThat(block.get(flag).asBoolean()).as(flag).isTrue();
        }
        JsonNode tls = properties("DocumentBucketPolicy").get("PolicyDocument").get("Statement").get(0);
        assertThat(tls.get("Effect").asText()).isEqualTo("Deny");
        assertThat(tls.get("Condition").get("Bool").get("aws:SecureTransport").asText()).isEqualTo("false");
        assertThat(properties("ApplicationNotifications").get("KmsMasterKeyId")).isNotNull();
        for (String queue : List.of("LicenseQueue", "LicenseDeadLetterQueue", "DocumentDeadLetterQueue")) {
            assertThat(properties(queue).get("SqsManagedSseEnabled").asBoolean()).as(queue).isTrue();
        }
    }

    @Test
    void alarmsWhenAnythingReachesADeadLetterQueue() {
        assertThat(properties("LicenseDeadLetterAlarm").get("Dimensions").get(0).get("Value").asText())
                .isEqualTo("LicenseDeadLetterQueue.QueueName");
        assertThat(properties("LicenseDeadLetterAlarm").get("AlarmActions").get(0).asText())
                .isEqualTo("ApplicationNotifications");
        assertThat(properties("DocumentDeadLetterAlarm").get("Dimensions").get(0).get("Value").asText())
                .isEqualTo("DocumentDeadLetterQueue.QueueName");
    }

    @Test
    void offersAnOptionalEmailSubscription() {
        assertThat(TEMPLATE.get("Parameters").get("NotificationEmail").get("Default").asText()).isEmpty();
        assertThat(resource("NotificationEmailSubscription").get("Condition").asText())
                .isEqualTo("HasNotificationEmail");
    }

    @Test
    void outputsEveryNameAUserNeeds() {
        assertThat(names(TEMPLATE.get("Outputs"))).contains("DocumentBucketName", "CustomerMetadataTableName",
                "ApplicationNotificationsTopicArn", "LicenseQueueUrl", "LicenseDeadLetterQueueUrl",
                "LicenseValidatorUrl", "DocumentLambdaFunctionName", "SubmitLicenseLambdaFunctionName",
                "ValidateLicenseLambdaFunctionName");
    }

    @Test
    void setsExactlyTheEnvironmentVariablesTheConfigurationReads() {
        Set<String> optional = constants(DecisionConfig.class);
        Set<String> document = environment("DocumentLambdaFunction");
        Set<String> submit = environment("SubmitLicenseLambdaFunction");

        assertThat(document).containsAll(required(DocumentConfig.class));
        assertThat(submit).containsAll(required(SubmitLicenseConfig.class));
        assertThat(document).allMatch(name -> constants(DocumentConfig.class).contains(name)
                || optional.contains(name) || name.equals("JAVA_TOOL_OPTIONS"));
        assertThat(submit).allMatch(name -> constants(SubmitLicenseConfig.class).contains(name)
                || optional.contains(name) || name.equals("JAVA_TOOL_OPTIONS"));
    }

    /** Variables a config reads without default; AWS_REGION is set by Lambda itself. */
    private static Set<String> required(Class<?> config) {
        Set<String> names = constants(config);
        names.remove("AWS_REGION");
        names.remove("VALIDATOR_CONNECT_TIMEOUT_MS");
        names.remove("VALIDATOR_REQUEST_TIMEOUT_MS");
        return names;
    }

    private static Set<String> constants(Class<?> config) {
        Set<String> names = new HashSet<>();
        for (Field field : config.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static Set<String> environment(String function) {
        Set<String> names = new HashSet<>(names(properties(function).get("Environment").get("Variables")));
        names.addAll(names(TEMPLATE.get("Globals").get("Function").get("Environment").get("Variables")));
        return names;
    }

    private static List<String> functions() {
        List<String> functions = new ArrayList<>();
        RESOURCES.fields().forEachRemaining(e -> {
            if (e.getValue().get("Type").asText().equals("AWS::Serverless::Function")) {
                functions.add(e.getKey());
            }
        });
        return functions;
    }

    private static List<JsonNode> statements(String role) {
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode policy : properties(role).get("Policies")) {
            policy.get("PolicyDocument").get("Statement").forEach(statements::add);
        }
        return statements;
    }

    private static List<String> policyNames(String role) {
        List<String> names = new ArrayList<>();
        properties(role).get("Policies").forEach(p -> names.add(p.get("PolicyName").asText()));
        return names;
    }

    private static List<String> allActions(String role) {
        return statements(role).stream().flatMap(s -> texts(s.get("Action")).stream()).toList();
    }

    private static List<String> texts(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> texts = new ArrayList<>();
            node.forEach(n -> texts.add(n.asText()));
            return texts;
        }
        return List.of(node.asText());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
