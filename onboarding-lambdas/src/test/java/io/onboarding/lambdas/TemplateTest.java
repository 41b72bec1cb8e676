package io.onboarding.lambdas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.config.DocumentConfig;
import io.onboarding.lambdas.config.StartApplicationConfig;
import io.onboarding.lambdas.config.StepConfig;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import io.onboarding.lambdas.workflow.StateMachineDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The SAM template at the repository root: names, wiring, least privilege and the settings a bank expects, for
 * both orchestrations, the state machine's definition as a graph (asl-validator checks its syntax in
 * {@link StateMachineDefinitionIT}), and what each function needs from the rest of the repository: its handler,
 * the environment its configuration reads, and the Makefile target and shaded jar {@code sam build} uses.
 */
class TemplateTest {
    static final Path TEMPLATE_PATH = StateMachineDefinition.template();
    private static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNode TEMPLATE = load();
    static final JsonNode RESOURCES = TEMPLATE.get("Resources");
    /** Every function that writes records computes their expiry from this optional variable (default 5 years). */
    static final String RECORD_RETENTION = "RECORD_RETENTION_YEARS";
    private static final Path MAKEFILE = TEMPLATE_PATH.resolveSibling("Makefile");
    private static final Path LAMBDAS_POM = TEMPLATE_PATH.resolveSibling("onboarding-lambdas").resolve("pom.xml");
    /** A recipe line copying a function's jar: {@code cp $(JAR_DIR)/onboarding-lambdas-*-decide.jar ...}. */
    private static final Pattern COPIED_JAR = Pattern.compile(
            "cp \\$\\(JAR_DIR\\)/onboarding-lambdas-\\*-([a-z0-9-]+)\\.jar \"\\$\\(ARTIFACTS_DIR\\)/lib/\"");
    private static final JavaClasses HANDLERS_AND_WIRING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.onboarding.lambdas.handler", "io.onboarding.lambdas.di",
                    "io.onboarding.lambdas.config");

    private static JsonNode load() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(TEMPLATE_PATH.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read template.yaml", e);
        }
    }

    static JsonNode resource(String name) {
        JsonNode resource = RESOURCES.get(name);
        assertThat(resource).as("resource " + name).isNotNull();
        return resource;
    }

    static JsonNode properties(String name) {
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
        assertThat(texts(queue.get("RedrivePolicy").get("deadLetterTargetArn")))
                .containsExactly("LicenseDeadLetterQueue", "Arn");
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

    @Test
    void declaresPartOnesThreeFunctionsTheApisAndTheWorkflowsSix() {
        assertThat(functions()).containsExactlyInAnyOrder("DocumentLambdaFunction", "SubmitLicenseLambdaFunction",
                "ValidateLicenseLambdaFunction", "ApplicationApiFunction", "StartApplicationFunction",
                "ReceivePackageFunction", "CheckFaceFunction", "CheckDetailsFunction", "DecideFunction",
                "RecordFailureFunction");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void pointsEveryFunctionAtAnExistingRequestHandler(String function) throws ReflectiveOperationException {
        String handler = properties(function).get("Handler").asText();

        assertThat(handler).endsWith("::handleRequest");
        Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
        assertThat(RequestHandler.class).isAssignableFrom(type);
        assertThat(Modifier.isPublic(type.getModifiers())).isTrue();
        // the Java runtime creates the handler with its public no-argument constructor
        assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void buildsEveryFunctionWithAMakefileTargetThatCopiesAShadedJarOfItsOwn(String function) {
        String target = "build-" + function;
        Map<String, List<String>> rules = makefileRules();

        assertThat(rules).as("Makefile target " + target).containsKey(target);
        assertThat(rules.get(target).get(0).split("\\s+")).as(target + " prerequisites").contains("lambdas");
        assertThat(rules.get(".PHONY").get(0).split("\\s+")).as(".PHONY").contains(target);
        assertThat(jarClassifier(function)).as(target + " copies the jar of a shade execution in "
                + LAMBDAS_POM.getFileName()).isIn(shadedClassifiers());
    }

    @Test
    void givesEachFunctionItsOwnJar() {
        Map<String, String> functionOfJar = new HashMap<>();

        for (String function : functions()) {
            String previous = functionOfJar.put(jarClassifier(function), function);
            assertThat(previous).as(function + " shares its jar").isNull();
        }
        assertThat(makefileVariable("JAR_DIR")).isEqualTo("onboarding-lambdas/target");
    }

    @Test
    void offersBothOrchestrationsDefaultingToTheStateMachine() {
        JsonNode orchestration = TEMPLATE.get("Parameters").get("Orchestration");

        assertThat(orchestration.get("Default").asText()).isEqualTo("StateMachine");
        assertThat(texts(orchestration.get("AllowedValues"))).containsExactly("StateMachine", "DocumentFunction");
        assertThat(texts(TEMPLATE.get("Conditions").get("UseStateMachine")))
                .containsExactly("Orchestration", "StateMachine");
        assertThat(texts(TEMPLATE.get("Conditions").get("UseDocumentFunction")))
                .containsExactly("Orchestration", "DocumentFunction");
    }

    @Test
    void triggersTheDocumentFunctionOnEveryCreatedZipUnderZippedOnlyUnderDocumentFunction() {
        JsonNode notifications = properties("DocumentBucket").get("NotificationConfiguration");   // !If [c, a, b]

        assertThat(notifications.get(0).asText()).isEqualTo("UseStateMachine");
        assertThat(notifications.get(1).get("EventBridgeConfiguration").get("EventBridgeEnabled").asBoolean()).isTrue();
        assertThat(notifications.get(1).size()).isEqualTo(1);
        JsonNode lambda = notifications.get(2).get("LambdaConfigurations");
        assertThat(lambda).hasSize(1);
        assertThat(lambda.get(0).get("Function").asText()).isEqualTo("DocumentLambdaFunction.Arn");
        assertThat(lambda.get(0).get("Event").asText()).isEqualTo("s3:ObjectCreated:*");
        JsonNode rules = lambda.get(0).get("Filter").get("S3Key").get("Rules");
        assertThat(rules.findValuesAsText("Value")).containsExactlyInAnyOrder("zipped/", ".zip");
        assertThat(properties("DocumentLambdaFunction").get("Events"))
                .as("a SAM S3 event would add an unconditional notification").isNull();
    }

    @Test
    void letsOnlyTheBucketInvokeTheDocumentFunctionAndOrdersTheBucketAfterThatPermission() {
        JsonNode permission = resource("DocumentUploadPermission");
        JsonNode dependency = resource("DocumentBucket").get("Metadata").get("ConditionalDependsOn");

        assertThat(permission.get("Condition").asText()).isEqualTo("UseDocumentFunction");
        assertThat(permission.get("Properties").get("Principal").asText()).isEqualTo("s3.amazonaws.com");
        assertThat(permission.get("Properties").get("FunctionName").asText()).isEqualTo("DocumentLambdaFunction.Arn");
        assertThat(permission.get("Properties").get("SourceArn").asText())
                .isEqualTo("arn:${AWS::Partition}:s3:::documentbucket-${AWS::AccountId}");
        assertThat(permission.get("Properties").get("SourceAccount").asText()).isEqualTo("AWS::AccountId");
        assertThat(texts(dependency)).containsExactly("UseDocumentFunction", "DocumentUploadPermission", "none");
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
    void onlyTheFunctionsThatCheckTheFaceMayCompareAndDetectFaces() {
        List<String> detecting = resourcesOfType("AWS::IAM::Role").stream()
                .filter(role -> allActions(role).contains("rekognition:DetectFaces")).toList();

        assertThat(detecting).containsExactlyInAnyOrder("DocumentLambdaRole", "CheckFaceRole");
        assertThat(detecting).allSatisfy(role -> assertThat(allActions(role)).contains("rekognition:CompareFaces"));
    }

    @Test
    void grantsNoWildcardActionsAndWildcardResourcesOnlyWhereAwsAllowsNoOther() {
        Set<String> onlyOnAnyResource = Set.of("rekognition:CompareFaces", "rekognition:DetectFaces",
                "textract:AnalyzeID", "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
                "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");
        List<String> roles = resourcesOfType("AWS::IAM::Role");
        assertThat(roles).hasSize(11);
        for (String role : roles) {
            for (JsonNode statement : statements(role)) {
                List<String> actions = texts(statement.get("Action"));
                assertThat(actions).as(role + " actions").noneMatch(action -> action.contains("*"));
                if (texts(statement.get("Resource")).contains("*")) {
                    assertThat(actions).as(role + " actions on '*'").isSubsetOf(onlyOnAnyResource);
                }
            }
        }
        List<String> policies = new ArrayList<>(resourcesOfType("AWS::IAM::Policy"));
        policies.addAll(resourcesOfType("AWS::IAM::ManagedPolicy"));
        assertThat(policies).hasSize(4);
        for (String policy : policies) {
            for (JsonNode statement : properties(policy).get("PolicyDocument").get("Statement")) {
                assertThat(texts(statement.get("Action"))).noneMatch(action -> action.contains("*"));
                assertThat(texts(statement.get("Resource"))).doesNotContain("*");
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
        for (String queue : resourcesOfType("AWS::SQS::Queue")) {
            assertThat(properties(queue).get("KmsMasterKeyId")).as(queue).isNotNull();
        }
    }

    @Test
    void encryptsTheTableAndEveryQueueWithTheDataKeyAskingKmsForAQueuesDataKeyEveryFiveMinutes() {
        JsonNode sse = properties("CustomerMetadataTable").get("SSESpecification");
        List<String> queues = resourcesOfType("AWS::SQS::Queue");

        assertThat(sse.get("SSEEnabled").asBoolean()).isTrue();
        assertThat(sse.get("SSEType").asText()).isEqualTo("KMS");
        assertThat(texts(sse.get("KMSMasterKeyId"))).containsExactly("DataKey", "Arn");
        assertThat(queues).containsExactlyInAnyOrder("LicenseQueue", "LicenseDeadLetterQueue",
                "DocumentDeadLetterQueue", "WorkflowStartDeadLetterQueue");
        for (String queue : queues) {
            assertThat(texts(properties(queue).get("KmsMasterKeyId"))).as(queue).containsExactly("DataKey", "Arn");
            assertThat(properties(queue).get("KmsDataKeyReusePeriodSeconds").asInt()).as(queue).isEqualTo(300);
            assertThat(properties(queue).has("SqsManagedSseEnabled")).as(queue).isFalse();
        }
    }

    @Test
    void letsEveryRoleThatReadsOrWritesTheTableOrAQueueUseTheDataKey() {
        Set<String> stores = new HashSet<>(List.of("CustomerMetadataTable.Arn"));
        resourcesOfType("AWS::SQS::Queue").forEach(queue -> stores.add(queue + ".Arn"));

        List<String> touching = resourcesOfType("AWS::IAM::Role").stream()
                .filter(role -> statements(role).stream()
                        .anyMatch(s -> texts(s.get("Resource")).stream().anyMatch(stores::contains)))
                .toList();

        assertThat(touching).containsExactlyInAnyOrder("DocumentLambdaRole", "SubmitLicenseLambdaRole",
                "ApplicationApiRole", "ReceivePackageRole", "CheckFaceRole", "CheckDetailsRole", "DecideRole",
                "RecordFailureRole", "StartApplicationRole");
        for (String role : touching) {
            assertThat(resourcesFor(role, "kms:Decrypt")).as(role).contains("DataKey.Arn");
            assertThat(resourcesFor(role, "kms:GenerateDataKey")).as(role).contains("DataKey.Arn");
        }
        for (String role : List.of("ValidateLicenseLambdaRole", "ApplicationStateMachineRole")) {
            assertThat(allActions(role)).as(role).noneMatch(action -> action.startsWith("kms:"));
        }
    }

    @Test
    void letsLambdaParkFailedEventsAndReceiveLicenceChecksWithTheFunctionsRole() {
        Map<String, String> parkedIn = new LinkedHashMap<>();
        for (String function : functions()) {
            JsonNode onFailure = properties(function).path("EventInvokeConfig").path("DestinationConfig")
                    .path("OnFailure");
            if (onFailure.path("Type").asText().equals("SQS")) {
                parkedIn.put(function, onFailure.get("Destination").asText());
            }
        }

        assertThat(parkedIn).containsOnlyKeys("DocumentLambdaFunction", "StartApplicationFunction");
        parkedIn.forEach((function, queue) -> {
            String role = properties(function).get("Role").asText().replace(".Arn", "");
            assertThat(resourcesFor(role, "sqs:SendMessage")).as(role).contains(queue);
            assertThat(resourcesFor(role, "kms:GenerateDataKey")).as(role).contains("DataKey.Arn");
        });
        // the event source mapping receives with the consumer's role, which must decrypt the messages
        assertThat(resourcesFor("SubmitLicenseLambdaRole", "sqs:ReceiveMessage")).containsExactly("LicenseQueue.Arn");
        assertThat(resourcesFor("SubmitLicenseLambdaRole", "kms:Decrypt")).contains("DataKey.Arn");
    }

    @Test
    void letsEventBridgeUseTheDataKeyOnlyForTheWorkflowsRuleOfThisAccountAndOnlyUnderTheStateMachine() {
        List<JsonNode> conditional = new ArrayList<>();
        properties("DataKey").get("KeyPolicy").get("Statement").forEach(s -> {
            if (s.isArray()) {
                conditional.add(s);
            }
        });
        String rule = properties("PackageUploadedRule").get("Name").asText();

        // the YAML reader drops tags: Fn::If [UseStateMachine, statement, AWS::NoValue] reads as an array of three
        assertThat(conditional).hasSize(1);
        assertThat(conditional.get(0).get(0).asText()).isEqualTo("UseStateMachine");
        assertThat(conditional.get(0).get(2).asText()).isEqualTo("AWS::NoValue");
        JsonNode statement = conditional.get(0).get(1);
        assertThat(statement.get("Sid").asText()).isEqualTo("EventBridgeParksUndeliveredWorkflowStarts");
        assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.get("Principal").get("Service").asText()).isEqualTo("events.amazonaws.com");
        assertThat(texts(statement.get("Action"))).containsExactlyInAnyOrder("kms:GenerateDataKey", "kms:Decrypt");
        assertThat(rule).isEqualTo("${AWS::StackName}-PackageUploaded");
        assertThat(statement.get("Condition").get("ArnEquals").get("aws:SourceArn").asText())
                .isEqualTo("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/" + rule);
        assertThat(statement.get("Condition").get("StringEquals").get("aws:SourceAccount").asText())
                .isEqualTo("AWS::AccountId");
        assertThat(properties("PackageUploadedRule").get("Targets").get(0).get("DeadLetterConfig").get("Arn")
                .asText()).isEqualTo("WorkflowStartDeadLetterQueue.Arn");
        assertThat(properties("NotificationKey").get("KeyPolicy").toString()).doesNotContain("events.amazonaws.com");
    }

    @Test
    void encryptsTheBucketAndEveryLogGroupWithTheStacksOwnKeyAndLetsOnlyItsReadersUseIt() {
        JsonNode sse = properties("DocumentBucket").get("BucketEncryption").get("ServerSideEncryptionConfiguration")
                .get(0);
        assertThat(sse.get("ServerSideEncryptionByDefault").get("SSEAlgorithm").asText()).isEqualTo("aws:kms");
        assertThat(texts(sse.get("ServerSideEncryptionByDefault").get("KMSMasterKeyID")))
                .containsExactly("DataKey", "Arn");
        assertThat(sse.get("BucketKeyEnabled").asBoolean()).isTrue();
        for (String group : resourcesOfType("AWS::Logs::LogGroup")) {
            assertThat(texts(properties(group).get("KmsKeyId"))).as(group).containsExactly("DataKey", "Arn");
        }
        for (String role : List.of("DocumentLambdaRole", "ReceivePackageRole", "CheckFaceRole", "CheckDetailsRole",
                "ApplicationApiRole")) {
            assertThat(resourcesFor(role, "kms:Decrypt")).as(role).contains("DataKey.Arn");
        }
        assertThat(properties("DataKey").get("EnableKeyRotation").asBoolean()).isTrue();
    }

    @Test
    void letsCloudWatchLogsUseTheKeyForThisAccountsLogGroupsAndGrantsOnlyForAwsResources() {
        JsonNode statements = properties("DataKey").get("KeyPolicy").get("Statement");
        JsonNode logs = find(statements, "CloudWatchLogsEncryptsThisAccountsLogGroups");
        assertThat(logs.get("Principal").get("Service").asText()).isEqualTo("logs.${AWS::Region}.amazonaws.com");
        assertThat(logs.get("Condition").get("ArnLike").get("kms:EncryptionContext:aws:logs:arn").asText())
                .isEqualTo("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*");
        assertThat(logs.get("Condition").get("StringEquals").get("aws:SourceAccount").asText())
                .isEqualTo("AWS::AccountId");
        assertThat(find(properties("NotificationKey").get("KeyPolicy").get("Statement"), "CloudWatchAlarmsPublish")
                .get("Condition").get("StringEquals").get("aws:SourceAccount").asText()).isEqualTo("AWS::AccountId");
        for (String key : List.of("DataKey", "NotificationKey")) {
            JsonNode deny = find(properties(key).get("KeyPolicy").get("Statement"), "DenyGrantsNotForAwsResources");
            assertThat(deny.get("Effect").asText()).as(key).isEqualTo("Deny");
            assertThat(deny.get("Action").asText()).isEqualTo("kms:CreateGrant");
            assertThat(deny.get("Condition").get("BoolIfExists").get("kms:GrantIsForAWSResource").asText())
                    .isEqualTo("false");
            assertThat(deny.get("Condition").get("BoolIfExists").get("aws:PrincipalIsAWSService").asText())
                    .isEqualTo("false");
        }
    }

    @Test
    void keepsLogsForTheParametersDaysWhichAreNeverFewerThan365() {
        JsonNode parameter = TEMPLATE.get("Parameters").get("LogRetentionDays");
        assertThat(parameter.get("Default").asInt()).isEqualTo(365);
        parameter.get("AllowedValues").forEach(days -> assertThat(days.asInt()).isGreaterThanOrEqualTo(365));
        for (String group : resourcesOfType("AWS::Logs::LogGroup")) {
            assertThat(properties(group).get("RetentionInDays").asText()).as(group).isEqualTo("LogRetentionDays");
        }
    }

    @Test
    void logsEveryAccessToTheDocumentBucketToALogBucketOfTheStack() {
        JsonNode logging = properties("DocumentBucket").get("LoggingConfiguration");
        assertThat(logging.get("DestinationBucketName").asText()).isEqualTo("AccessLogBucket");
        JsonNode logBucket = properties("AccessLogBucket");
        assertThat(logBucket.get("BucketEncryption").get("ServerSideEncryptionConfiguration").get(0)
                .get("ServerSideEncryptionByDefault").get("SSEAlgorithm").asText()).isEqualTo("AES256");
        assertThat(logBucket.get("LifecycleConfiguration").get("Rules").get(0).get("ExpirationInDays").asText())
                .isEqualTo("LogRetentionDays");
        JsonNode delivery = find(properties("AccessLogBucketPolicy").get("PolicyDocument").get("Statement"),
                "S3DeliversDocumentBucketAccessLogs");
        assertThat(delivery.get("Principal").get("Service").asText()).isEqualTo("logging.s3.amazonaws.com");
        assertThat(delivery.get("Condition").get("StringEquals").get("aws:SourceAccount").asText())
                .isEqualTo("AWS::AccountId");
        for (String policy : List.of("DocumentBucketPolicy", "AccessLogBucketPolicy")) {
            JsonNode tls = find(properties(policy).get("PolicyDocument").get("Statement"), "DenyInsecureTransport");
            assertThat(tls.get("Effect").asText()).as(policy).isEqualTo("Deny");
            assertThat(tls.get("Condition").get("Bool").get("aws:SecureTransport").asText()).isEqualTo("false");
            assertThat(tls.get("Resource")).hasSize(2);
        }
    }

    @Test
    void keepsTheDataStoresAndKeysWhenTheStackIsDeletedOrTheyAreReplaced() {
        for (String store : List.of("DocumentBucket", "AccessLogBucket", "CustomerMetadataTable", "DataKey",
                "NotificationKey")) {
            assertThat(resource(store).get("DeletionPolicy").asText()).as(store).isEqualTo("Retain");
            assertThat(resource(store).get("UpdateReplacePolicy").asText()).as(store).isEqualTo("Retain");
        }
    }

    @Test
    void letsOnlyLicenseQueueUseItsDeadLetterQueue() {
        JsonNode allow = properties("LicenseDeadLetterQueue").get("RedriveAllowPolicy");
        assertThat(allow.get("redrivePermission").asText()).isEqualTo("byQueue");
        assertThat(texts(allow.get("sourceQueueArns")))
                .containsExactly("arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:LicenseQueue");
    }

    private static JsonNode find(JsonNode statements, String sid) {
        for (JsonNode statement : statements) {
            if (statement.path("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        throw new AssertionError("no statement " + sid);
    }

    @Test
    void alarmsWhenAnythingReachesADeadLetterQueue() {
        assertThat(properties("LicenseDeadLetterAlarm").get("Dimensions").get(0).get("Value").asText())
                .isEqualTo("LicenseDeadLetterQueue.QueueName");
        assertThat(properties("LicenseDeadLetterAlarm").get("AlarmActions").get(0).asText())
                .isEqualTo("ApplicationNotifications");
        assertThat(properties("DocumentDeadLetterAlarm").get("Dimensions").get(0).get("Value").asText())
                .isEqualTo("DocumentDeadLetterQueue.QueueName");
        assertThat(properties("WorkflowStartDeadLetterAlarm").get("Dimensions").get(0).get("Value").asText())
                .isEqualTo("WorkflowStartDeadLetterQueue.QueueName");
        assertThat(properties("WorkflowStartDeadLetterAlarm").get("AlarmActions").get(0).asText())
                .isEqualTo("ApplicationNotifications");
        assertThat(resource("WorkflowStartDeadLetterAlarm").get("Condition").asText()).isEqualTo("UseStateMachine");
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
                "LicenseValidatorUrl", "ApiUrl", "DocumentLambdaFunctionName", "SubmitLicenseLambdaFunctionName",
                "ValidateLicenseLambdaFunctionName", "ApplicationStateMachineArn", "WorkflowStartDeadLetterQueueUrl");
        assertThat(TEMPLATE.get("Outputs").get("ApplicationStateMachineArn").get("Condition").asText())
                .isEqualTo("UseStateMachine");
    }

    @Test
    void setsExactlyTheEnvironmentVariablesTheConfigurationReads() {
        Set<String> optional = constants(DecisionConfig.class);
        Set<String> document = environment("DocumentLambdaFunction");
        Set<String> submit = environment("SubmitLicenseLambdaFunction");

        assertThat(document).containsAll(required(DocumentConfig.class));
        assertThat(submit).containsAll(required(SubmitLicenseConfig.class));
        assertThat(document).allMatch(name -> constants(DocumentConfig.class).contains(name)
                || optional.contains(name) || name.equals("JAVA_TOOL_OPTIONS") || name.equals(RECORD_RETENTION));
        assertThat(submit).allMatch(name -> constants(SubmitLicenseConfig.class).contains(name)
                || optional.contains(name) || name.equals("JAVA_TOOL_OPTIONS") || name.equals(RECORD_RETENTION));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"StartApplicationFunction", "ReceivePackageFunction", "CheckFaceFunction",
            "CheckDetailsFunction", "DecideFunction", "RecordFailureFunction"})
    void setsEachWorkflowFunctionExactlyTheVariablesItsConfigurationReads(String function) {
        ReadConfiguration read = configurationReadBy(function);
        Set<String> resources = ownEnvironment(function);
        resources.remove(RECORD_RETENTION);   // optional, defaults to 5: see OperationsTemplateTest
        Set<String> expected = new HashSet<>();
        if (read.step().isPresent()) {   // StepConfig: the step's resources required, the decision settings optional
            assertThat(read.step().get().functionName()).as(function + "'s handler reads " + read)
                    .isEqualTo(function);
            expected.add(StepConfig.TABLE_NAME);
            expected.addAll(read.step().get().requires());
            resources.removeAll(constants(DecisionConfig.class));
        } else {                        // reads no decision settings: all its variables but AWS_REGION, required
            expected.addAll(required(read.config()));
        }

        assertThat(read.config()).isIn(StepConfig.class, StartApplicationConfig.class);
        assertThat(constants(read.config())).containsAll(expected);
        assertThat(resources).as(function + " sets what " + read + " requires, nothing more")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void namesEveryWorkflowStepAfterItsFunctionInTheTemplate() {
        List<String> stepFunctions = new ArrayList<>();
        for (StepConfig.Step step : StepConfig.Step.values()) {
            stepFunctions.add(step.functionName());
        }

        assertThat(stepFunctions).containsExactlyInAnyOrderElementsOf(STEP_FUNCTIONS);
    }

    @Test
    void passesTheValidationOverrideToExactlyTheFunctionsThatQueueLicenceChecks() {
        for (String function : functions()) {
            JsonNode variables = properties(function).path("Environment").path("Variables");

            assertThat(variables.has(DecisionConfig.VALIDATION_OVERRIDE)).as(function)
                    .isEqualTo(variables.has(StepConfig.LICENSE_QUEUE_URL));
            if (variables.has(DecisionConfig.VALIDATION_OVERRIDE)) {
                assertThat(variables.get(DecisionConfig.VALIDATION_OVERRIDE).asText()).as(function)
                        .isEqualTo("ValidationOverride");
            }
        }
    }

    // ------------------------------------------------------------------ the workflow (Orchestration = StateMachine)

    private static final List<String> STEP_FUNCTIONS = List.of("ReceivePackageFunction", "CheckFaceFunction",
            "CheckDetailsFunction", "DecideFunction", "RecordFailureFunction");
    private static final List<String> RETRIED_ERRORS = List.of("Lambda.ServiceException",
            "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
            "io.onboarding.lambdas.workflow.RetryableStepException");
    private static final String STATE_MACHINE_NAME = "${AWS::StackName}-ApplicationStateMachine";

    @Test
    void startsTheWorkflowForEveryCreatedZipUnderZipped() {
        JsonNode rule = resource("PackageUploadedRule");
        JsonNode pattern = rule.get("Properties").get("EventPattern");

        assertThat(rule.get("Type").asText()).isEqualTo("AWS::Events::Rule");
        assertThat(rule.get("Condition").asText()).isEqualTo("UseStateMachine");
        assertThat(texts(pattern.get("source"))).containsExactly("aws.s3");
        assertThat(texts(pattern.get("detail-type"))).containsExactly("Object Created");
        assertThat(texts(pattern.get("detail").get("bucket").get("name"))).containsExactly("DocumentBucket");
        JsonNode key = pattern.get("detail").get("object").get("key");
        assertThat(key).hasSize(1);
        assertThat(key.get(0).get("wildcard").asText()).isEqualTo("zipped/*.zip");
        JsonNode target = rule.get("Properties").get("Targets").get(0);
        assertThat(rule.get("Properties").get("Targets")).hasSize(1);
        assertThat(target.get("Arn").asText()).isEqualTo("StartApplicationFunction.Arn");
        assertThat(target.get("RetryPolicy").get("MaximumRetryAttempts").asInt()).isPositive();
        assertThat(target.get("RetryPolicy").get("MaximumEventAgeInSeconds").asInt()).isPositive();
        assertThat(target.get("DeadLetterConfig").get("Arn").asText()).isEqualTo("WorkflowStartDeadLetterQueue.Arn");
        JsonNode permission = properties("PackageUploadedPermission");
        assertThat(permission.get("Principal").asText()).isEqualTo("events.amazonaws.com");
        assertThat(permission.get("FunctionName").asText()).isEqualTo("StartApplicationFunction.Arn");
        assertThat(texts(permission.get("SourceArn"))).containsExactly("PackageUploadedRule", "Arn");
    }

    @Test
    void parksWorkflowStartsThatCannotBeDeliveredOrKeepFailing() {
        JsonNode statement = properties("WorkflowStartDeadLetterQueuePolicy").get("PolicyDocument").get("Statement");
        JsonNode config = properties("StartApplicationFunction").get("EventInvokeConfig");

        assertThat(properties("WorkflowStartDeadLetterQueue").get("QueueName").asText())
                .isEqualTo("WorkflowStartDeadLetterQueue");
        assertThat(texts(properties("WorkflowStartDeadLetterQueuePolicy").get("Queues")))
                .containsExactly("WorkflowStartDeadLetterQueue");
        assertThat(statement).hasSize(1);
        assertThat(statement.get(0).get("Principal").get("Service").asText()).isEqualTo("events.amazonaws.com");
        assertThat(texts(statement.get(0).get("Action"))).containsExactly("sqs:SendMessage");
        assertThat(statement.get(0).get("Condition").get("ArnEquals").get("aws:SourceArn").asText())
                .isEqualTo("PackageUploadedRule.Arn");
        assertThat(config.get("MaximumRetryAttempts").asInt()).isEqualTo(2);
        assertThat(config.get("DestinationConfig").get("OnFailure").get("Destination").asText())
                .isEqualTo("WorkflowStartDeadLetterQueue.Arn");
    }

    @Test
    void runsAStandardStateMachineThatLogsNoExecutionData() {
        JsonNode machine = resource("ApplicationStateMachine");
        JsonNode logging = machine.get("Properties").get("Logging");

        assertThat(machine.get("Type").asText()).isEqualTo("AWS::Serverless::StateMachine");
        assertThat(machine.get("Condition").asText()).isEqualTo("UseStateMachine");
        assertThat(machine.get("Properties").get("Type").asText()).isEqualTo("STANDARD");
        assertThat(machine.get("Properties").get("Name").asText()).isEqualTo(STATE_MACHINE_NAME);
        assertThat(machine.get("Properties").get("Role").asText()).isEqualTo("ApplicationStateMachineRole.Arn");
        assertThat(logging.get("Level").asText()).isEqualTo("ALL");
        assertThat(logging.get("IncludeExecutionData").asBoolean(true)).isFalse();
        assertThat(logging.get("Destinations").get(0).get("CloudWatchLogsLogGroup").get("LogGroupArn").asText())
                .isEqualTo("ApplicationStateMachineLogGroup.Arn");
        assertThat(properties("ApplicationStateMachineLogGroup").get("RetentionInDays").asText())
                .isEqualTo("LogRetentionDays");
    }

    @Test
    void letsTheStateMachineInvokeOnlyItsFiveStepFunctions() {
        JsonNode trust = properties("ApplicationStateMachineRole").get("AssumeRolePolicyDocument").get("Statement");
        JsonNode substitutions = properties("ApplicationStateMachine").get("DefinitionSubstitutions");

        assertThat(trust.get(0).get("Principal").get("Service").asText()).isEqualTo("states.amazonaws.com");
        List<JsonNode> invoking = statements("ApplicationStateMachineRole").stream()
                .filter(s -> texts(s.get("Action")).contains("lambda:InvokeFunction")).toList();
        assertThat(invoking).hasSize(1);
        assertThat(texts(invoking.get(0).get("Action"))).containsExactly("lambda:InvokeFunction");
        assertThat(texts(invoking.get(0).get("Resource")))
                .containsExactlyElementsOf(STEP_FUNCTIONS.stream().map(f -> f + ".Arn").toList());
        assertThat(allActions("ApplicationStateMachineRole")).allMatch(action ->
                action.equals("lambda:InvokeFunction") || action.startsWith("logs:"));
        assertThat(names(substitutions)).containsExactlyElementsOf(STEP_FUNCTIONS.stream().map(f -> f + "Arn").toList());
        for (String function : STEP_FUNCTIONS) {
            assertThat(substitutions.get(function + "Arn").asText()).isEqualTo(function + ".Arn");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ReceivePackageFunction, io.onboarding.lambdas.handler.ReceivePackageHandler::handleRequest",
        "CheckFaceFunction, io.onboarding.lambdas.handler.CheckFaceHandler::handleRequest",
        "CheckDetailsFunction, io.onboarding.lambdas.handler.CheckDetailsHandler::handleRequest",
        "DecideFunction, io.onboarding.lambdas.handler.DecideHandler::handleRequest",
        "RecordFailureFunction, io.onboarding.lambdas.handler.RecordFailureHandler::handleRequest",
        "StartApplicationFunction, io.onboarding.lambdas.handler.StartApplicationHandler::handleRequest"})
    void deploysEachWorkflowFunctionOnlyForTheStateMachineWithItsOwnRoleAndLogGroup(String function,
                                                                                String handler) {
        String step = function.substring(0, function.length() - "Function".length());
        JsonNode resource = resource(function);

        assertThat(resource.get("Condition").asText()).isEqualTo("UseStateMachine");
        assertThat(properties(function).get("Handler").asText()).isEqualTo(handler);
        assertThat(properties(function).get("FunctionName").asText()).isEqualTo("${AWS::StackName}-" + function);
        assertThat(properties(function).get("Role").asText()).isEqualTo(step + "Role.Arn");
        assertThat(resource.get("DependsOn").asText()).isEqualTo(step + "LogGroup");
        assertThat(properties(step + "LogGroup").get("LogGroupName").asText())
                .isEqualTo("/aws/lambda/${AWS::StackName}-" + function);
        assertThat(resource(step + "Role").get("Condition").asText()).isEqualTo("UseStateMachine");
        assertThat(statements(step + "Role")).anySatisfy(s -> {
            assertThat(texts(s.get("Action"))).containsExactly("logs:CreateLogStream", "logs:PutLogEvents");
            assertThat(s.get("Resource").asText()).isEqualTo("${" + step + "LogGroup.Arn}");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ReceivePackageRole | s3:GetObject s3:GetObjectVersion s3:PutObject dynamodb:GetItem dynamodb:PutItem dynamodb:UpdateItem sns:Publish kms:GenerateDataKey kms:Decrypt",
        "CheckFaceRole | s3:GetObject s3:GetObjectVersion kms:Decrypt kms:GenerateDataKey dynamodb:GetItem dynamodb:PutItem dynamodb:UpdateItem rekognition:CompareFaces rekognition:DetectFaces",
        "CheckDetailsRole | s3:GetObject s3:GetObjectVersion kms:Decrypt kms:GenerateDataKey dynamodb:GetItem dynamodb:PutItem dynamodb:UpdateItem textract:AnalyzeID",
        "DecideRole | dynamodb:GetItem dynamodb:PutItem dynamodb:UpdateItem sns:Publish kms:GenerateDataKey kms:Decrypt sqs:SendMessage states:SendTaskSuccess states:SendTaskFailure",
        "RecordFailureRole | dynamodb:GetItem dynamodb:PutItem dynamodb:UpdateItem sns:Publish kms:GenerateDataKey kms:Decrypt",
        "StartApplicationRole | states:StartExecution sqs:SendMessage kms:Decrypt kms:GenerateDataKey"})
    void grantsEachWorkflowFunctionOnlyWhatItsStepTouches(String role, String actions) {
        Set<String> granted = new HashSet<>(allActions(role));
        granted.removeAll(List.of("logs:CreateLogStream", "logs:PutLogEvents"));

        assertThat(granted).containsExactlyInAnyOrder(actions.split(" "));
    }

    @Test
    void scopesEachWorkflowGrantToItsResource() {
        String uploads = "arn:${AWS::Partition}:s3:::documentbucket-${AWS::AccountId}/zipped/*";
        String stored = "arn:${AWS::Partition}:s3:::documentbucket-${AWS::AccountId}/unzipped/*";
        String machine = "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:"
                + STATE_MACHINE_NAME;

        assertThat(resourcesFor("ReceivePackageRole", "s3:GetObject")).containsExactly(uploads);
        assertThat(resourcesFor("ReceivePackageRole", "s3:PutObject")).containsExactly(stored);
        assertThat(resourcesFor("CheckFaceRole", "s3:GetObject")).containsExactly(stored);
        assertThat(resourcesFor("CheckDetailsRole", "s3:GetObject")).containsExactly(stored);
        for (String role : List.of("ReceivePackageRole", "CheckFaceRole", "CheckDetailsRole", "DecideRole",
                "RecordFailureRole")) {
            assertThat(resourcesFor(role, "dynamodb:PutItem")).as(role).containsExactly("CustomerMetadataTable.Arn");
        }
        assertThat(resourcesFor("DecideRole", "sqs:SendMessage")).containsExactly("LicenseQueue.Arn");
        // DecideFunction cannot reference the state machine (which references it): the ARN is spelled from its Name
        assertThat(resourcesFor("DecideRole", "states:SendTaskSuccess")).containsExactly(machine);
        assertThat(resourcesFor("StartApplicationRole", "states:StartExecution"))
                .containsExactly("ApplicationStateMachine");
        assertThat(resourcesFor("StartApplicationRole", "sqs:SendMessage"))
                .containsExactly("WorkflowStartDeadLetterQueue.Arn");
    }

    @Test
    void letsTheLicenceSubmitterAnswerTheWaitingExecutionOnlyUnderTheStateMachine() {
        JsonNode policy = resource("SubmitLicenseCallbackPolicy");
        JsonNode statement = policy.get("Properties").get("PolicyDocument").get("Statement");

        assertThat(policy.get("Type").asText()).isEqualTo("AWS::IAM::Policy");
        assertThat(policy.get("Condition").asText()).isEqualTo("UseStateMachine");
        assertThat(texts(policy.get("Properties").get("Roles"))).containsExactly("SubmitLicenseLambdaRole");
        assertThat(statement).hasSize(1);
        assertThat(texts(statement.get(0).get("Action")))
                .containsExactly("states:SendTaskSuccess", "states:SendTaskFailure");
        assertThat(texts(statement.get(0).get("Resource"))).containsExactly("ApplicationStateMachine");
        assertThat(allActions("SubmitLicenseLambdaRole")).noneMatch(action -> action.startsWith("states:"));
    }

    @Test
    void setsTheWorkflowFunctionsTheEnvironmentOfTheContract() {
        assertThat(ownEnvironment("ReceivePackageFunction"))
                .containsExactlyInAnyOrder("DOCUMENT_BUCKET", "TABLE_NAME", "TOPIC_ARN", RECORD_RETENTION);
        assertThat(ownEnvironment("CheckFaceFunction"))
                .containsExactlyInAnyOrder("DOCUMENT_BUCKET", "TABLE_NAME", RECORD_RETENTION);
        assertThat(ownEnvironment("CheckDetailsFunction"))
                .containsExactlyInAnyOrder("DOCUMENT_BUCKET", "TABLE_NAME", RECORD_RETENTION);
        assertThat(ownEnvironment("DecideFunction")).containsExactlyInAnyOrder("TABLE_NAME", "TOPIC_ARN",
                "LICENSE_QUEUE_URL", "VALIDATION_OVERRIDE", RECORD_RETENTION);
        assertThat(ownEnvironment("RecordFailureFunction"))
                .containsExactlyInAnyOrder("TABLE_NAME", "TOPIC_ARN", RECORD_RETENTION);
        assertThat(ownEnvironment("StartApplicationFunction"))
                .containsExactlyInAnyOrder("STATE_MACHINE_ARN", "DOCUMENT_BUCKET");
        assertThat(properties("StartApplicationFunction").get("Environment").get("Variables").get("STATE_MACHINE_ARN")
                .asText()).isEqualTo("ApplicationStateMachine");
    }

    @Test
    void keepsEveryReferenceToAWorkflowResourceInsideTheSameCondition() {
        Map<String, String> conditionOf = new HashMap<>();
        RESOURCES.fields().forEachRemaining(e -> {
            if (e.getValue().has("Condition")) {
                conditionOf.put(e.getKey(), e.getValue().get("Condition").asText());
            }
        });

        assertThat(conditionOf).containsKeys("ApplicationStateMachine", "StartApplicationFunction",
                "DocumentUploadPermission", "FailedExecutionsAlarm");
        RESOURCES.fields().forEachRemaining(e -> {
            if (!e.getValue().has("Condition")) {
                assertReferencesOnlyUnder(e.getKey(), e.getValue(), Optional.empty(), conditionOf);
            }
        });
        TEMPLATE.get("Outputs").fields().forEachRemaining(e -> {
            if (!e.getValue().has("Condition")) {
                assertReferencesOnlyUnder("output " + e.getKey(), e.getValue(), Optional.empty(), conditionOf);
            }
        });
    }

    @Test
    void catchesAReferenceToAWorkflowResourceOutsideItsCondition() {
        Map<String, String> conditionOf = Map.of("ApplicationStateMachine", "UseStateMachine");
        JsonNode underTheCondition = JSON.createArrayNode().add("UseStateMachine").add("ApplicationStateMachine")
                .add("none");
        JsonNode underAnother = JSON.createArrayNode().add("UseDocumentFunction").add("ApplicationStateMachine")
                .add("none");
        JsonNode inTheOtherBranch = JSON.createArrayNode().add("UseStateMachine").add("none")
                .add("ApplicationStateMachine");

        assertReferencesOnlyUnder("taken branch", underTheCondition, Optional.empty(), conditionOf);
        JsonNode unguarded = TextNode.valueOf("ApplicationStateMachine.Arn");
        for (JsonNode wrong : List.of(underAnother, inTheOtherBranch, unguarded)) {
            assertThatThrownBy(() -> assertReferencesOnlyUnder("wrong", wrong, Optional.empty(), conditionOf))
                    .as(wrong.toString()).isInstanceOf(AssertionError.class);
        }
    }

    /**
     * Fails when {@code node} names a conditional resource outside that resource's condition. The YAML reader drops
     * tags, so an {@code Fn::If} reads as an array of three whose first element names a condition: its first branch
     * is taken only when that condition holds, and may name that condition's resources.
     */
    private static void assertReferencesOnlyUnder(String where, JsonNode node, Optional<String> holding,
                                                  Map<String, String> conditionOf) {
        Set<String> conditions = new HashSet<>(names(TEMPLATE.get("Conditions")));
        if (node.isArray() && node.size() == 3 && conditions.contains(node.get(0).asText())) {
            assertReferencesOnlyUnder(where, node.get(1), Optional.of(node.get(0).asText()), conditionOf);
            assertReferencesOnlyUnder(where, node.get(2), holding, conditionOf);
            return;
        }
        if (node.isContainerNode()) {
            node.fieldNames().forEachRemaining(name -> assertThat(conditionOf).as(where + " key " + name)
                    .doesNotContainKey(name));
            node.elements().forEachRemaining(child -> assertReferencesOnlyUnder(where, child, holding, conditionOf));
            return;
        }
        conditionOf.forEach((resource, condition) -> {
            if (holding.filter(condition::equals).isEmpty()) {
                assertThat(node.asText()).as(where + " references " + resource + " outside " + condition)
                        .doesNotContainPattern("(?<![A-Za-z0-9])" + resource + "(?![A-Za-z0-9])");
            }
        });
    }

    // ------------------------------------------------------------------ the state machine's definition

    @Test
    void namesTheStatesOfTheContract() {
        JsonNode definition = StateMachineDefinition.definition(TEMPLATE_PATH);

        assertThat(definition.get("StartAt").asText()).isEqualTo("ReceivePackage");
        assertThat(names(definition.get("States"))).containsExactly("ReceivePackage", "AlreadyDecided", "Checks",
                "Decide", "RecordLicenseCheckTimeout", "RecordFailure", "ProcessingFailed", "Decided");
        JsonNode branches = definition.get("States").get("Checks").get("Branches");
        assertThat(branches).hasSize(2);
        assertThat(names(branches.get(0).get("States"))).containsExactly("CheckFace");
        assertThat(names(branches.get(1).get("States"))).containsExactly("CheckDetails");
        assertThat(definition.get("States").get("Decided").get("Type").asText()).isEqualTo("Succeed");
        assertThat(definition.get("States").get("ProcessingFailed").get("Error").asText())
                .isEqualTo("DependencyFailure");
    }

    @Test
    void givesEveryChoiceADefault() {
        List<JsonNode> choices = allStates().entrySet().stream()
                .filter(e -> e.getValue().get("Type").asText().equals("Choice")).map(Map.Entry::getValue).toList();

        assertThat(choices).isNotEmpty().allSatisfy(choice -> assertThat(choice.hasNonNull("Default")).isTrue());
    }

    @Test
    void retriesEveryLambdaTaskOnServiceErrorsAndRetryableStepsWithBackoffAndJitter() {
        Map<String, JsonNode> tasks = tasks();

        assertThat(tasks.keySet()).containsExactlyInAnyOrder("ReceivePackage", "CheckFace", "CheckDetails", "Decide",
                "RecordFailure");
        tasks.forEach((name, task) -> {
            JsonNode retry = task.get("Retry");
            assertThat(retry).as(name).hasSize(1);
            assertThat(texts(retry.get(0).get("ErrorEquals"))).as(name).containsExactlyElementsOf(RETRIED_ERRORS);
            assertThat(retry.get(0).get("IntervalSeconds").asInt()).as(name).isEqualTo(2);
            assertThat(retry.get(0).get("MaxAttempts").asInt()).as(name).isEqualTo(3);
            assertThat(retry.get(0).get("BackoffRate").asDouble()).as(name).isEqualTo(2.0);
            assertThat(retry.get(0).get("MaxDelaySeconds").asInt()).as(name).isEqualTo(30);
            assertThat(retry.get(0).get("JitterStrategy").asText()).as(name).isEqualTo("FULL");
            assertThat(task.get("Resource").asText()).startsWith("arn:aws:states:::lambda:invoke");
        });
    }

    @Test
    void catchesEveryFailureIntoARecordedOutcome() {
        JsonNode states = StateMachineDefinition.definition(TEMPLATE_PATH).get("States");

        // the top-level steps and the Parallel catch everything into RecordFailure; a branch's task cannot catch
        // outside its branch, so CheckFace and CheckDetails only retry and the Parallel around them catches
        for (String name : List.of("ReceivePackage", "Checks", "Decide")) {
            JsonNode catchers = states.get(name).get("Catch");
            assertThat(catchers).as(name).isNotEmpty();
            assertThat(texts(catchers.get(catchers.size() - 1).get("ErrorEquals"))).as(name)
                    .containsExactly("States.ALL");
            for (JsonNode catcher : catchers) {
                assertThat(catcher.get("ResultPath").asText()).as(name).isEqualTo("$.error");
                assertThat(catcher.get("Next").asText()).as(name).isIn("RecordFailure", "RecordLicenseCheckTimeout");
            }
        }
        for (String branchTask : List.of("CheckFace", "CheckDetails")) {
            assertThat(tasks().get(branchTask).has("Catch")).as(branchTask).isFalse();
        }
        // RecordFailure itself does not catch: if it cannot record, the execution fails in RecordFailure, which a
        // redrive then runs again (a Catch into a Fail state would leave a redrive nothing but that Fail state)
        assertThat(tasks().get("RecordFailure").has("Catch")).isFalse();
    }

    @Test
    void boundsTheLicenceCheckWaitAndRecordsItsTimeout() {
        JsonNode states = StateMachineDefinition.definition(TEMPLATE_PATH).get("States");
        JsonNode decide = states.get("Decide");
        JsonNode queue = properties("LicenseQueue");
        int longestQueueLife = queue.get("RedrivePolicy").get("maxReceiveCount").asInt()
                * queue.get("VisibilityTimeout").asInt();

        assertThat(decide.get("Resource").asText()).isEqualTo("arn:aws:states:::lambda:invoke.waitForTaskToken");
        assertThat(decide.get("Parameters").get("Payload").get("taskToken.$").asText()).isEqualTo("$$.Task.Token");
        assertThat(decide.get("TimeoutSeconds").isInt()).as("a literal: numbers take no substitution").isTrue();
        assertThat(decide.get("TimeoutSeconds").asInt()).isEqualTo(3600).isGreaterThan(longestQueueLife);
        assertThat(texts(decide.get("Catch").get(0).get("ErrorEquals"))).containsExactly("States.Timeout");
        assertThat(decide.get("Catch").get(0).get("Next").asText()).isEqualTo("RecordLicenseCheckTimeout");
        JsonNode timeout = states.get("RecordLicenseCheckTimeout");
        assertThat(timeout.get("Type").asText()).isEqualTo("Pass");
        assertThat(timeout.get("Result").get("Cause").asText()).isEqualTo("license-check-timeout");
        assertThat(timeout.get("ResultPath").asText()).isEqualTo("$.error");
        assertThat(timeout.get("Next").asText()).isEqualTo("RecordFailure");
    }

    @Test
    void endsNoPathWithoutARecordedDecision() {
        Map<String, Set<String>> into = predecessors();

        // the only ends: Decided (the decision is recorded) and ProcessingFailed (after RecordFailure recorded the
        // failure); an error of RecordFailure itself fails the execution in RecordFailure, to be redriven
        assertThat(endStates()).containsExactlyInAnyOrder("Decided", "ProcessingFailed");
        assertThat(into.get("Decided")).containsExactlyInAnyOrder("AlreadyDecided", "Decide");
        assertThat(into.get("ProcessingFailed")).containsExactly("RecordFailure");
        assertThat(into.get("RecordFailure"))
                .containsExactlyInAnyOrder("ReceivePackage", "Checks", "Decide", "RecordLicenseCheckTimeout");
        assertThat(StateMachineDefinition.definition(TEMPLATE_PATH).get("States").get("RecordFailure").get("Next")
                .asText()).isEqualTo("ProcessingFailed");
        Set<String> reachable = new HashSet<>(Set.of("ReceivePackage"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, Set<String>> entry : into.entrySet()) {
                if (!reachable.contains(entry.getKey()) && entry.getValue().stream().anyMatch(reachable::contains)) {
                    grew = reachable.add(entry.getKey());
                }
            }
        }
        assertThat(reachable).as("every state is reachable from StartAt")
                .containsExactlyInAnyOrderElementsOf(names(StateMachineDefinition.definition(TEMPLATE_PATH).get("States")));
    }

    @Test
    void passesOnlyIdsVersionsAndErrorsBetweenSteps() {
        Set<String> paths = new HashSet<>();
        tasks().values().forEach(task -> collectPaths(task.get("Parameters"), paths));

        assertThat(paths).containsExactlyInAnyOrder("$", "$.application.appUuid", "$.application.sourceVersion",
                "$$.Task.Token", "$$.Execution.Input.bucket", "$$.Execution.Input.key",
                "$$.Execution.Input.version", "$.error");
    }

    private static Map<String, JsonNode> allStates() {
        Map<String, JsonNode> states = new LinkedHashMap<>();
        collectStates(StateMachineDefinition.definition(TEMPLATE_PATH).get("States"), states);
        return states;
    }

    private static void collectStates(JsonNode states, Map<String, JsonNode> into) {
        states.fields().forEachRemaining(e -> {
            into.put(e.getKey(), e.getValue());
            if (e.getValue().has("Branches")) {
                e.getValue().get("Branches").forEach(branch -> collectStates(branch.get("States"), into));
            }
        });
    }

    private static Map<String, JsonNode> tasks() {
        Map<String, JsonNode> tasks = new LinkedHashMap<>();
        allStates().forEach((name, state) -> {
            if (state.get("Type").asText().equals("Task")) {
                tasks.put(name, state);
            }
        });
        return tasks;
    }

    /** For each top-level state, the states that can move into it (Next, Default, a Choice's or a Catch's Next). */
    private static Map<String, Set<String>> predecessors() {
        Map<String, Set<String>> into = new HashMap<>();
        StateMachineDefinition.definition(TEMPLATE_PATH).get("States").fields().forEachRemaining(e -> {
            List<String> targets = new ArrayList<>();
            JsonNode state = e.getValue();
            if (state.has("Next")) {
                targets.add(state.get("Next").asText());
            }
            if (state.has("Default")) {
                targets.add(state.get("Default").asText());
            }
            state.path("Choices").forEach(choice -> targets.add(choice.get("Next").asText()));
            state.path("Catch").forEach(catcher -> targets.add(catcher.get("Next").asText()));
            targets.forEach(target -> into.computeIfAbsent(target, t -> new HashSet<>()).add(e.getKey()));
        });
        return into;
    }

    private static Set<String> endStates() {
        Set<String> ends = new HashSet<>();
        StateMachineDefinition.definition(TEMPLATE_PATH).get("States").fields().forEachRemaining(e -> {
            String type = e.getValue().get("Type").asText();
            if (type.equals("Succeed") || type.equals("Fail") || e.getValue().path("End").asBoolean(false)) {
                ends.add(e.getKey());
            }
        });
        return ends;
    }

    private static void collectPaths(JsonNode node, Set<String> paths) {
        node.fields().forEachRemaining(e -> {
            if (e.getKey().endsWith(".$")) {
                paths.add(e.getValue().asText());
            } else if (e.getValue().isObject()) {
                collectPaths(e.getValue(), paths);
            }
        });
    }

    static List<String> resourcesFor(String role, String action) {
        return statements(role).stream().filter(s -> texts(s.get("Action")).contains(action))
                .flatMap(s -> texts(s.get("Resource")).stream()).toList();
    }

    static Set<String> ownEnvironment(String function) {
        return new HashSet<>(names(properties(function).get("Environment").get("Variables")));
    }

    /** Variables a config reads without default; AWS_REGION is set by Lambda itself. */
    private static Set<String> required(Class<?> config) {
        Set<String> names = constants(config);
        names.remove("AWS_REGION");
        names.remove("VALIDATOR_CONNECT_TIMEOUT_MS");
        names.remove("VALIDATOR_REQUEST_TIMEOUT_MS");
        return names;
    }

    /** The configuration a function reads at INIT, and for a {@link StepConfig} the step it reads it for. */
    private record ReadConfiguration(Class<?> config, Optional<StepConfig.Step> step) {
        @Override
        public String toString() {
            return config.getSimpleName() + step.map(s -> "." + s).orElse("");
        }
    }

    /**
     * Follows the function's handler from its public no-argument constructor (what Lambda calls at INIT) to the
     * component's {@code fromEnvironment()} and from there to the configuration's {@code fromEnvironment(...)}.
     */
    private static ReadConfiguration configurationReadBy(String function) {
        String handler = properties(function).get("Handler").asText().replaceFirst("::.*", "");
        JavaConstructor init = HANDLERS_AND_WIRING.get(handler).getConstructor();
        JavaMethod component = onlyCallOfFromEnvironment(init.getMethodCallsFromSelf(), "io.onboarding.lambdas.di",
                handler);
        JavaMethod config = onlyCallOfFromEnvironment(component.getMethodCallsFromSelf(),
                "io.onboarding.lambdas.config", component.getFullName());
        List<String> steps = component.getFieldAccesses().stream()
                .filter(access -> access.getTarget().getOwner().isEquivalentTo(StepConfig.Step.class))
                .map(access -> access.getTarget().getName()).distinct().toList();
        assertThat(steps).as(component.getFullName() + " reads one step").hasSizeLessThanOrEqualTo(1);
        return new ReadConfiguration(config.getOwner().reflect(),
                steps.stream().findFirst().map(StepConfig.Step::valueOf));
    }

    private static JavaMethod onlyCallOfFromEnvironment(Set<JavaMethodCall> calls, String inPackage, String caller) {
        List<JavaMethod> targets = calls.stream()
                .filter(call -> call.getTarget().getName().equals("fromEnvironment")
                        && call.getTargetOwner().getPackageName().equals(inPackage))
                .map(call -> call.getTarget().resolveMember().orElseThrow())
                .distinct().toList();
        assertThat(targets).as(caller + " calls one fromEnvironment() in " + inPackage).hasSize(1);
        return targets.get(0);
    }

    /** Each rule of the Makefile: its prerequisites, then its recipe lines (continuation lines joined). */
    private static Map<String, List<String>> makefileRules() {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : makefileLines()) {
            if (line.startsWith("\t") && current != null) {
                current.add(line.strip());
            } else if (line.matches("[A-Za-z0-9_.-]+:(?!=).*")) {
                current = new ArrayList<>();
                current.add(line.substring(line.indexOf(':') + 1).strip());
                rules.put(line.substring(0, line.indexOf(':')), current);
            } else if (!line.isBlank()) {
                current = null;
            }
        }
        return rules;
    }

    private static String makefileVariable(String name) {
        return makefileLines().stream().filter(line -> line.matches(name + "\\s*:?=.*"))
                .map(line -> line.substring(line.indexOf('=') + 1).strip()).findFirst()
                .orElseThrow(() -> new AssertionError("the Makefile defines no " + name));
    }

    private static List<String> makefileLines() {
        try {
            String text = Files.readString(MAKEFILE).replace("\\\n", " ");
            return text.lines().filter(line -> !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classifier of the one shaded jar {@code build-<function>} copies into the artifacts' lib/. */
    private static String jarClassifier(String function) {
        List<String> recipe = makefileRules().getOrDefault("build-" + function, List.of(""));
        List<String> classifiers = recipe.stream().skip(1).map(COPIED_JAR::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).toList();
        assertThat(classifiers).as("build-" + function + " copies one jar: " + recipe).hasSize(1);
        return classifiers.get(0);
    }

    /** The shadedClassifierName of every maven-shade-plugin execution with the goal shade. */
    private static Set<String> shadedClassifiers() {
        try {
            Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(LAMBDAS_POM.toFile());
            Set<String> classifiers = new HashSet<>();
            NodeList executions = pom.getElementsByTagName("execution");
            for (int i = 0; i < executions.getLength(); i++) {
                Element execution = (Element) executions.item(i);
                Element plugin = (Element) execution.getParentNode().getParentNode();
                if (childText(plugin, "artifactId").equals("maven-shade-plugin")
                        && execution.getElementsByTagName("goal").item(0).getTextContent().strip().equals("shade")
                        && execution.getElementsByTagName("shadedClassifierName").getLength() == 1) {
                    classifiers.add(execution.getElementsByTagName("shadedClassifierName").item(0).getTextContent()
                            .strip());
                }
            }
            return classifiers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + LAMBDAS_POM, e);
        }
    }

    private static String childText(Element element, String name) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
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

    static List<String> functions() {
        return resourcesOfType("AWS::Serverless::Function");
    }

    static List<String> resourcesOfType(String type) {
        List<String> names = new ArrayList<>();
        RESOURCES.fields().forEachRemaining(e -> {
            if (e.getValue().get("Type").asText().equals(type)) {
                names.add(e.getKey());
            }
        });
        return names;
    }

    static List<JsonNode> statements(String role) {
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

    static List<String> allActions(String role) {
        return statements(role).stream().flatMap(s -> texts(s.get("Action")).stream()).toList();
    }

    static List<String> texts(JsonNode node) {
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

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
