package io.onboarding.lambdas;

import static io.onboarding.lambdas.TemplateTest.RECORD_RETENTION;
import static io.onboarding.lambdas.TemplateTest.RESOURCES;
import static io.onboarding.lambdas.TemplateTest.TEMPLATE;
import static io.onboarding.lambdas.TemplateTest.TEMPLATE_PATH;
import static io.onboarding.lambdas.TemplateTest.allActions;
import static io.onboarding.lambdas.TemplateTest.functions;
import static io.onboarding.lambdas.TemplateTest.names;
import static io.onboarding.lambdas.TemplateTest.properties;
import static io.onboarding.lambdas.TemplateTest.resource;
import static io.onboarding.lambdas.TemplateTest.resourcesFor;
import static io.onboarding.lambdas.TemplateTest.resourcesOfType;
import static io.onboarding.lambdas.TemplateTest.statements;
import static io.onboarding.lambdas.TemplateTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.onboarding.lambdas.metrics.EmbeddedMetrics;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The template's operations side (issue 11): the HTTP API described by api/openapi.yaml (IAM on every route,
 * throttling, access logs without bodies, who may invoke what), ApplicationApiFunction's least privilege, the
 * retention of raw data and records, and the dashboard and alarms over the functions' embedded metrics.
 */
class OperationsTemplateTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path API_DOCUMENT = TEMPLATE_PATH.resolveSibling("api").resolve("openapi.yaml");
    private static final String BUCKET_ARN = "arn:${AWS::Partition}:s3:::documentbucket-${AWS::AccountId}";
    private static final String INVOCATION = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/";
    private static final String API_ARN =
            "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${OnboardingApi}";
    /** The routes of the contract (docs/operations.md, common to the API's function and the template). */
    private static final Map<String, String> CONTRACT_ROUTES = Map.of(
            "POST /applications", "ApplicationApiFunction",
            "GET /applications/{id}", "ApplicationApiFunction",
            "POST /applications/{id}/review", "ApplicationApiFunction",
            "DELETE /applications/{id}/documents", "ApplicationApiFunction",
            "POST /license", "ValidateLicenseLambdaFunction");

    private static JsonNode apiDocument() throws IOException {
        assertThat(API_DOCUMENT).as("the API document template.yaml includes").exists();
        return YAML.readTree(API_DOCUMENT.toFile());
    }

    private static JsonNode fixture() throws IOException {
        try (InputStream in = OperationsTemplateTest.class.getResourceAsStream("/openapi/contract-fixture.yaml")) {
            return YAML.readTree(in);
        }
    }

    // ------------------------------------------------------------------ the HTTP API

    @Test
    void describesTheOneApiWithTheDocumentItIncludes() {
        JsonNode api = resource("OnboardingApi");
        JsonNode include = api.get("Properties").get("DefinitionBody").get("Fn::Transform");

        assertThat(api.get("Type").asText()).isEqualTo("AWS::Serverless::HttpApi");
        assertThat(resourcesOfType("AWS::Serverless::HttpApi")).containsExactly("OnboardingApi");
        assertThat(resourcesOfType("AWS::Serverless::Api")).isEmpty();
        assertThat(include.get("Name").asText()).isEqualTo("AWS::Include");
        assertThat(include.get("Parameters").get("Location").asText()).isEqualTo("api/openapi.yaml");
        assertThat(api.get("Properties").get("FailOnWarnings").asBoolean()).isTrue();
        for (String function : functions()) {
            assertThat(properties(function).path("Events").findValuesAsText("Type")).as(function
                    + ": an API event would add a route the document does not describe")
                    .doesNotContain("HttpApi", "Api");
        }
    }

    @Test
    void routesEveryOperationOfTheApiDocumentToAFunctionOfTheTemplateUnderSigV4() throws IOException {
        JsonNode document = apiDocument();

        assertThat(ApiDocumentChecks.violations(document, RESOURCES)).isEmpty();
    }

    @Test
    void servesExactlyTheRoutesOfTheContractFromTheApiDocument() throws IOException {
        Map<String, Optional<String>> routes = ApiDocumentChecks.routes(apiDocument());

        assertThat(routes.keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT_ROUTES.keySet());
        CONTRACT_ROUTES.forEach((route, function) -> assertThat(routes.get(route)).as(route).contains(function));
    }

    @Test
    void theDocumentChecksPassTheContractFixtureAndCatchEachBreach() throws IOException {
        assertThat(ApiDocumentChecks.violations(fixture(), RESOURCES)).isEmpty();
        assertThat(ApiDocumentChecks.routes(fixture())).containsOnlyKeys(CONTRACT_ROUTES.keySet());

        ObjectNode anonymous = (ObjectNode) fixture();
        ((ObjectNode) anonymous.at("/paths/~1applications/post")).set("security",
                JSON.createArrayNode().add(JSON.createObjectNode()));
        assertThat(ApiDocumentChecks.violations(anonymous, RESOURCES))
                .containsExactly("POST /applications: not authorised with SigV4 only");

        ObjectNode noDefault = (ObjectNode) fixture();
        noDefault.remove("security");
        assertThat(ApiDocumentChecks.violations(noDefault, RESOURCES))
                .containsExactly("POST /applications/{id}/review: not authorised with SigV4 only");

        ObjectNode apiKey = (ObjectNode) fixture();
        ((ObjectNode) apiKey.at("/components/securitySchemes/sigv4")).remove("x-amazon-apigateway-authtype");
        assertThat(ApiDocumentChecks.violations(apiKey, RESOURCES)).hasSize(CONTRACT_ROUTES.size());

        ObjectNode unknownFunction = (ObjectNode) fixture();
        ((ObjectNode) unknownFunction.at("/paths/~1license/post/x-amazon-apigateway-integration/uri"))
                .put("Fn::Sub", INVOCATION + "${NoSuchFunction.Arn}/invocations");
        assertThat(ApiDocumentChecks.violations(unknownFunction, RESOURCES))
                .containsExactly("POST /license: NoSuchFunction is not a function of the template");

        ObjectNode shortForm = (ObjectNode) fixture();   // a !Sub the YAML reader turned into plain text
        ((ObjectNode) shortForm.at("/paths/~1license/post/x-amazon-apigateway-integration"))
                .put("uri", INVOCATION + "${ValidateLicenseLambdaFunction.Arn}/invocations");
        assertThat(ApiDocumentChecks.violations(shortForm, RESOURCES)).containsExactly(
                "POST /license: the integration's uri names no function with Fn::Sub or Fn::GetAtt");

        ObjectNode payload1 = (ObjectNode) fixture();
        ((ObjectNode) payload1.at("/paths/~1applications~1{id}/get/x-amazon-apigateway-integration"))
                .put("payloadFormatVersion", "1.0");
        assertThat(ApiDocumentChecks.violations(payload1, RESOURCES)).containsExactly(
                "GET /applications/{id}: not a Lambda proxy integration with payload format 2.0");
    }

    @Test
    void throttlesEveryRouteWithTheTemplatesParameters() {
        JsonNode settings = properties("OnboardingApi").get("DefaultRouteSettings");
        JsonNode parameters = TEMPLATE.get("Parameters");

        assertThat(settings.get("ThrottlingBurstLimit").asText()).isEqualTo("ApiThrottlingBurstLimit");
        assertThat(settings.get("ThrottlingRateLimit").asText()).isEqualTo("ApiThrottlingRateLimit");
        for (String parameter : List.of("ApiThrottlingBurstLimit", "ApiThrottlingRateLimit")) {
            assertThat(parameters.get(parameter).get("Type").asText()).isEqualTo("Number");
            assertThat(parameters.get(parameter).get("Default").asInt()).isPositive();
            assertThat(parameters.get(parameter).get("MinValue").asInt()).isPositive();
        }
    }

    @Test
    void logsEachRequestsCallerRouteStatusAndLatencyButNeverItsContent() throws IOException {
        JsonNode settings = properties("OnboardingApi").get("AccessLogSettings");
        JsonNode format = JSON.readTree(settings.get("Format").asText());
        Set<String> variables = new HashSet<>();
        format.elements().forEachRemaining(value -> variables.add(value.asText()));

        assertThat(settings.get("DestinationArn").asText()).isEqualTo("OnboardingApiAccessLogGroup.Arn");
        assertThat(properties("OnboardingApiAccessLogGroup").get("RetentionInDays").asText())
                .isEqualTo("LogRetentionDays");
        assertThat(variables).contains("$context.requestId", "$context.identity.sourceIp", "$context.routeKey",
                "$context.status", "$context.responseLatency");
        assertThat(variables).containsAnyOf("$context.identity.userArn", "$context.identity.caller");
        // identifiers, addresses and numbers only: no path (it holds the id, and a query string may follow), no
        // body, header or error message that could quote a request
        assertThat(variables).allMatch(v -> v.matches("\\$context\\.(requestId|requestTime|requestTimeEpoch"
                + "|identity\\.(sourceIp|userArn|caller|accountId)|routeKey|status|responseLatency"
                + "|integrationLatency|responseLength|protocol|httpMethod)"), "an allowed variable");
    }

    @Test
    void letsApiGatewayInvokeOnlyTheTwoApiFunctionsAndOnlyFromTheirRoutes() {
        List<String> permissions = resourcesOfType("AWS::Lambda::Permission").stream()
                .filter(p -> properties(p).get("Principal").asText().equals("apigateway.amazonaws.com")).toList();

        assertThat(permissions).containsExactlyInAnyOrder("ValidateLicenseApiPermission", "ApplicationApiPermission");
        assertThat(properties("ValidateLicenseApiPermission").get("FunctionName").asText())
                .isEqualTo("ValidateLicenseLambdaFunction.Arn");
        assertThat(properties("ValidateLicenseApiPermission").get("SourceArn").asText())
                .isEqualTo(API_ARN + "/*/POST/license");
        assertThat(properties("ApplicationApiPermission").get("FunctionName").asText())
                .isEqualTo("ApplicationApiFunction.Arn");
        assertThat(properties("ApplicationApiPermission").get("SourceArn").asText())
                .isEqualTo(API_ARN + "/*/*/applications*");
        for (String permission : permissions) {
            assertThat(properties(permission).get("Action").asText()).isEqualTo("lambda:InvokeFunction");
        }
    }

    @Test
    void letsTheLicenceSubmitterCallExactlyPostLicenseSigned() {
        JsonNode environment = properties("SubmitLicenseLambdaFunction").get("Environment").get("Variables");

        assertThat(resourcesFor("SubmitLicenseLambdaRole", "execute-api:Invoke"))
                .containsExactly(API_ARN + "/*/POST/license");
        assertThat(environment.get("INVOKE_URL").asText())
                .isEqualTo("https://${OnboardingApi}.execute-api.${AWS::Region}.amazonaws.com/license");
        for (String role : resourcesOfType("AWS::IAM::Role")) {
            if (!role.equals("SubmitLicenseLambdaRole")) {
                assertThat(allActions(role)).as(role).doesNotContain("execute-api:Invoke");
            }
        }
    }

    @Test
    void offersTheBanksPrincipalsOnePolicyPerJobNamingExactlyItsRoutes() {
        assertThat(invocableRoutes("ApplicationUploaderPolicy"))
                .containsExactlyInAnyOrder(API_ARN + "/*/POST/applications", API_ARN + "/*/GET/applications/*");
        assertThat(invocableRoutes("ApplicationReviewerPolicy")).containsExactlyInAnyOrder(
                API_ARN + "/*/GET/applications/*", API_ARN + "/*/POST/applications/*/review");
        assertThat(invocableRoutes("DocumentPurgerPolicy")).containsExactlyInAnyOrder(
                API_ARN + "/*/GET/applications/*", API_ARN + "/*/DELETE/applications/*/documents");
    }

    @Test
    void outputsTheApiAndTheValidatorUrls() {
        JsonNode outputs = TEMPLATE.get("Outputs");

        assertThat(outputs.get("ApiUrl").get("Value").asText())
                .isEqualTo("https://${OnboardingApi}.execute-api.${AWS::Region}.amazonaws.com");
        assertThat(outputs.get("LicenseValidatorUrl").get("Value").asText())
                .isEqualTo("https://${OnboardingApi}.execute-api.${AWS::Region}.amazonaws.com/license");
    }

    // ------------------------------------------------------------------ ApplicationApiFunction

    @Test
    void deploysTheApplicationApiWithItsOwnRoleLogGroupAndEnvironment() {
        JsonNode function = resource("ApplicationApiFunction");
        JsonNode variables = properties("ApplicationApiFunction").get("Environment").get("Variables");

        assertThat(function.has("Condition")).as("serves both orchestrations").isFalse();
        assertThat(properties("ApplicationApiFunction").get("Handler").asText())
                .isEqualTo("io.onboarding.lambdas.handler.ApplicationApiHandler::handleRequest");
        assertThat(properties("ApplicationApiFunction").get("FunctionName").asText())
                .isEqualTo("${AWS::StackName}-ApplicationApiFunction");
        assertThat(properties("ApplicationApiFunction").get("Role").asText()).isEqualTo("ApplicationApiRole.Arn");
        assertThat(function.get("DependsOn").asText()).isEqualTo("ApplicationApiLogGroup");
        assertThat(properties("ApplicationApiLogGroup").get("LogGroupName").asText())
                .isEqualTo("/aws/lambda/${AWS::StackName}-ApplicationApiFunction");
        assertThat(names(variables)).containsExactlyInAnyOrder("DOCUMENT_BUCKET", "TABLE_NAME", "TOPIC_ARN",
                "UPLOAD_URL_TTL_SECONDS", RECORD_RETENTION);
        assertThat(variables.get("DOCUMENT_BUCKET").asText()).isEqualTo("documentbucket-${AWS::AccountId}");
        assertThat(variables.get("TABLE_NAME").asText()).isEqualTo("CustomerMetadataTable");
        assertThat(variables.get("TOPIC_ARN").asText()).isEqualTo("ApplicationNotifications");
        assertThat(variables.get("UPLOAD_URL_TTL_SECONDS").asInt()).isBetween(60, 900);
    }

    @Test
    void grantsTheApplicationApiExactlyWhatUploadStatusReviewAndPurgeTouch() {
        Set<String> granted = new HashSet<>(allActions("ApplicationApiRole"));

        assertThat(granted).containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:PutItem", "s3:PutObject",
                "s3:ListBucketVersions", "s3:DeleteObject", "s3:DeleteObjectVersion", "sns:Publish",
                "kms:GenerateDataKey", "kms:Decrypt", "logs:CreateLogStream", "logs:PutLogEvents");
        assertThat(resourcesFor("ApplicationApiRole", "dynamodb:PutItem")).containsExactly("CustomerMetadataTable.Arn");
        assertThat(resourcesFor("ApplicationApiRole", "s3:PutObject"))
                .as("a presigned URL can put packages only").containsExactly(BUCKET_ARN + "/zipped/*");
        assertThat(resourcesFor("ApplicationApiRole", "s3:DeleteObjectVersion"))
                .containsExactlyInAnyOrder(BUCKET_ARN + "/zipped/*", BUCKET_ARN + "/unzipped/*");
        assertThat(resourcesFor("ApplicationApiRole", "s3:DeleteObject"))
                .containsExactlyInAnyOrder(BUCKET_ARN + "/zipped/*", BUCKET_ARN + "/unzipped/*");
        assertThat(resourcesFor("ApplicationApiRole", "sns:Publish")).containsExactly("ApplicationNotifications");
        assertThat(resourcesFor("ApplicationApiRole", "kms:Decrypt")).containsExactlyInAnyOrder("NotificationKey.Arn",
                "DataKey.Arn");
        assertThat(resourcesFor("ApplicationApiRole", "logs:PutLogEvents"))
                .containsExactly("${ApplicationApiLogGroup.Arn}");
        JsonNode listing = statements("ApplicationApiRole").stream()
                .filter(s -> texts(s.get("Action")).contains("s3:ListBucketVersions")).findFirst().orElseThrow();
        assertThat(texts(listing.get("Action"))).containsExactly("s3:ListBucketVersions");
        assertThat(texts(listing.get("Resource"))).containsExactly(BUCKET_ARN);
        assertThat(texts(listing.get("Condition").get("StringLike").get("s3:prefix")))
                .containsExactlyInAnyOrder("zipped/*", "unzipped/*");
    }

    // ------------------------------------------------------------------ concurrency

    @Test
    void reservesConcurrencyForTheValidatorsCallerAndTheApiUnlessTheirParameterIsZero() {
        JsonNode parameters = TEMPLATE.get("Parameters");
        JsonNode conditions = TEMPLATE.get("Conditions");
        JsonNode submit = properties("SubmitLicenseLambdaFunction");
        JsonNode api = properties("ApplicationApiFunction");

        assertThat(parameters.get("ValidatorConcurrency").get("Default").asText()).isEqualTo("5");
        assertThat(parameters.get("ApiConcurrency").get("Default").asInt()).isEqualTo(10);
        assertThat(parameters.get("ApiConcurrency").get("MinValue").asInt()).isZero();
        // the YAML reader drops tags: Fn::Not [Fn::Equals [Ref X, '0']] reads as [[X, 0]], Fn::If as [c, a, b]
        assertThat(texts(conditions.get("ReserveValidatorConcurrency").get(0)))
                .containsExactly("ValidatorConcurrency", "0");
        assertThat(texts(conditions.get("ReserveApiConcurrency").get(0))).containsExactly("ApiConcurrency", "0");
        assertThat(texts(submit.get("ReservedConcurrentExecutions")))
                .containsExactly("ReserveValidatorConcurrency", "ValidatorConcurrency", "AWS::NoValue");
        assertThat(texts(api.get("ReservedConcurrentExecutions")))
                .containsExactly("ReserveApiConcurrency", "ApiConcurrency", "AWS::NoValue");
        assertThat(functions().stream().filter(f -> properties(f).has("ReservedConcurrentExecutions")))
                .containsExactlyInAnyOrder("SubmitLicenseLambdaFunction", "ApplicationApiFunction");
    }

    @Test
    void capsTheLicenceQueuesPollersAtTheValidatorsReservation() {
        JsonNode scaling = properties("SubmitLicenseLambdaFunction").get("Events").get("LicenseQueued")
                .get("Properties").get("ScalingConfig");

        assertThat(scaling.get(0).asText()).isEqualTo("ReserveValidatorConcurrency");
        assertThat(scaling.get(1).get("MaximumConcurrency").asText()).isEqualTo("ValidatorConcurrency");
        assertThat(scaling.get(2).asText()).isEqualTo("AWS::NoValue");
    }

    @Test
    void acceptsNoValidatorConcurrencyAnSqsEventSourceCannotCapAt() {
        Pattern allowed = Pattern.compile(TEMPLATE.get("Parameters").get("ValidatorConcurrency")
                .get("AllowedPattern").asText());

        for (String value : List.of("0", "2", "5", "10", "99", "100", "999", "1000")) {
            assertThat(allowed.matcher(value).matches()).as(value).isTrue();
        }
        // MaximumConcurrency takes 2 to 1000
        for (String value : List.of("1", "01", "1001", "2000", "-1", "", "5.0")) {
            assertThat(allowed.matcher(value).matches()).as(value).isFalse();
        }
    }

    // ------------------------------------------------------------------ retention

    @Test
    void keepsRawDataForTheParametersDaysAndRecordsForItsYears() {
        JsonNode parameters = TEMPLATE.get("Parameters");

        assertThat(parameters.get("RawDataRetentionDays").get("Default").asInt()).isEqualTo(30);
        assertThat(parameters.get("RawDataRetentionDays").get("MinValue").asInt()).isEqualTo(1);
        assertThat(parameters.get("RecordRetentionYears").get("Default").asInt()).isEqualTo(5);
        assertThat(parameters.get("RecordRetentionYears").get("MinValue").asInt()).isEqualTo(1);
        for (String parameter : List.of("RawDataRetentionDays", "RecordRetentionYears")) {
            assertThat(parameters.get(parameter).get("Type").asText()).isEqualTo("Number");
        }
    }

    @Test
    void expiresPackagesAndUnzippedFilesWithTheirOldVersionsAndCleansUpDeleteMarkers() {
        JsonNode rules = properties("DocumentBucket").get("LifecycleConfiguration").get("Rules");

        for (String prefix : List.of("zipped/", "unzipped/")) {
            List<JsonNode> matching = new ArrayList<>();
            rules.forEach(rule -> {
                if (rule.path("Prefix").asText().equals(prefix)) {
                    matching.add(rule);
                }
            });
            assertThat(matching).as(prefix).singleElement().satisfies(rule -> {
                assertThat(rule.get("Status").asText()).isEqualTo("Enabled");
                assertThat(rule.get("ExpirationInDays").asText()).isEqualTo("RawDataRetentionDays");
                // a version stops being current when it expires or a newer upload replaces it; a day later it goes
                assertThat(rule.get("NoncurrentVersionExpiration").get("NoncurrentDays").asInt()).isEqualTo(1);
                assertThat(rule.get("AbortIncompleteMultipartUpload").get("DaysAfterInitiation").asInt())
                        .isEqualTo(1);
            });
        }
        List<JsonNode> markers = new ArrayList<>();
        rules.forEach(rule -> {
            if (rule.path("ExpiredObjectDeleteMarker").asBoolean(false)) {
                markers.add(rule);
            }
        });
        assertThat(markers).singleElement().satisfies(rule -> {
            assertThat(rule.get("Status").asText()).isEqualTo("Enabled");
            assertThat(rule.has("Prefix")).as("the whole bucket").isFalse();
            assertThat(rule.has("ExpirationInDays")).as("S3 refuses both in one rule").isFalse();
        });
        assertThat(rules).hasSize(3);
    }

    @Test
    void deletesEachRecordAtItsExpiryTime() {
        JsonNode ttl = properties("CustomerMetadataTable").get("TimeToLiveSpecification");

        assertThat(ttl.get("AttributeName").asText()).isEqualTo("EXPIRES_AT");
        assertThat(ttl.get("Enabled").asBoolean()).isTrue();
    }

    @Test
    void tellsEveryFunctionThatWritesRecordsHowLongTheyAreKept() {
        for (String function : functions()) {
            String role = properties(function).get("Role").asText().replaceFirst("\\.Arn$", "");
            boolean writes = !resourcesFor(role, "dynamodb:PutItem").isEmpty();
            JsonNode variables = properties(function).path("Environment").path("Variables");

            assertThat(variables.has(RECORD_RETENTION)).as(function + " writes records: " + writes).isEqualTo(writes);
            if (writes) {
                assertThat(variables.get(RECORD_RETENTION).asText()).as(function).isEqualTo("RecordRetentionYears");
            }
        }
    }

    // ------------------------------------------------------------------ metrics, dashboard, alarms

    @Test
    void alarmsOnTheDepthOfEveryDeadLetterQueueUnderItsCondition() {
        List<String> deadLetterQueues = resourcesOfType("AWS::SQS::Queue").stream()
                .filter(q -> q.contains("DeadLetter")).toList();

        assertThat(deadLetterQueues).containsExactlyInAnyOrder("LicenseDeadLetterQueue", "DocumentDeadLetterQueue",
                "WorkflowStartDeadLetterQueue");
        for (String queue : deadLetterQueues) {
            List<String> alarms = alarmsOn("AWS/SQS", "ApproximateNumberOfMessagesVisible", queue + ".QueueName");
            assertThat(alarms).as(queue).singleElement().satisfies(alarm -> {
                assertThat(properties(alarm).get("Threshold").asInt()).isZero();
                assertThat(properties(alarm).get("ComparisonOperator").asText()).isEqualTo("GreaterThanThreshold");
                assertThat(resource(alarm).path("Condition").asText())
                        .isEqualTo(resource(queue).path("Condition").asText());
            });
        }
    }

    @Test
    void alarmsOnFailedWorkflowExecutionsOnlyUnderTheStateMachine() {
        List<String> alarms = alarmsOn("AWS/States", "ExecutionsFailed", "ApplicationStateMachine");

        assertThat(alarms).containsExactly("FailedExecutionsAlarm");
        assertThat(resource("FailedExecutionsAlarm").get("Condition").asText()).isEqualTo("UseStateMachine");
        assertThat(properties("FailedExecutionsAlarm").get("Dimensions").get(0).get("Name").asText())
                .isEqualTo("StateMachineArn");
        assertThat(properties("FailedExecutionsAlarm").get("Statistic").asText()).isEqualTo("Sum");
        assertThat(properties("FailedExecutionsAlarm").get("Threshold").asInt()).isZero();
    }

    @Test
    void alarmsOnServerErrorsOfTheApi() {
        assertThat(alarmsOn("AWS/ApiGateway", "5xx", "OnboardingApi")).containsExactly("ApiServerErrorAlarm");
        assertThat(properties("ApiServerErrorAlarm").get("Dimensions").get(0).get("Name").asText())
                .isEqualTo("ApiId");
    }

    @Test
    void alarmsOnTheShareOfDecisionsADependencyFailureMadeFromTheEmittedMetrics() {
        JsonNode alarm = properties("DependencyFailureRateAlarm");
        Map<String, JsonNode> queries = new LinkedHashMap<>();
        alarm.get("Metrics").forEach(query -> queries.put(query.get("Id").asText(), query));

        assertThat(queries).containsOnlyKeys("failures", "decisions", "rate");
        for (String id : List.of("failures", "decisions")) {
            JsonNode stat = queries.get(id).get("MetricStat");
            assertThat(stat.get("Metric").get("Namespace").asText()).isEqualTo(EmbeddedMetrics.NAMESPACE);
            assertThat(stat.get("Metric").has("Dimensions")).as("the overall series the functions publish").isFalse();
            assertThat(stat.get("Stat").asText()).isEqualTo("Sum");
            assertThat(queries.get(id).get("ReturnData").asBoolean()).isFalse();
        }
        assertThat(queries.get("failures").get("MetricStat").get("Metric").get("MetricName").asText())
                .isEqualTo(OnboardingMetrics.DEPENDENCY_FAILURES);
        assertThat(queries.get("decisions").get("MetricStat").get("Metric").get("MetricName").asText())
                .isEqualTo(OnboardingMetrics.DECISIONS);
        assertThat(queries.get("rate").get("Expression").asText()).contains("failures", "decisions", "100");
        assertThat(queries.get("rate").get("ReturnData").asBoolean()).isTrue();
        assertThat(alarm.get("Threshold").asText()).isEqualTo("DependencyFailureRatePercent");
        assertThat(TEMPLATE.get("Parameters").get("DependencyFailureRatePercent").get("MaxValue").asInt())
                .isEqualTo(100);
        assertThat(alarm.get("ComparisonOperator").asText()).isEqualTo("GreaterThanThreshold");
    }

    @Test
    void sendsEveryAlarmToTheBanksTopicAndTreatsNoDataAsHealthy() {
        List<String> alarms = resourcesOfType("AWS::CloudWatch::Alarm");

        assertThat(alarms).containsExactlyInAnyOrder("LicenseDeadLetterAlarm", "DocumentDeadLetterAlarm",
                "WorkflowStartDeadLetterAlarm", "FailedExecutionsAlarm", "DependencyFailureRateAlarm",
                "ApiServerErrorAlarm");
        for (String alarm : alarms) {
            assertThat(texts(properties(alarm).get("AlarmActions"))).as(alarm)
                    .containsExactly("ApplicationNotifications");
            assertThat(properties(alarm).get("TreatMissingData").asText()).as(alarm).isEqualTo("notBreaching");
            assertThat(properties(alarm).get("AlarmDescription").asText()).as(alarm).isNotBlank();
        }
    }

    @Test
    void showsTheEmittedMetricsDeadLetterDepthsAndWorkflowFailuresOnOneDashboard() throws IOException {
        JsonNode sub = properties("OperationsDashboard").get("DashboardBody");   // !Sub [body, variables]
        String body = sub.get(0).asText();
        Set<String> variables = new HashSet<>(names(sub.get(1)));
        Matcher placeholder = Pattern.compile("\\$\\{([^}]+)}").matcher(body);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            boolean known = variables.contains(name) || name.startsWith("AWS::")
                    || RESOURCES.has(name.replaceFirst("\\.Arn$", ""));
            assertThat(known).as("${" + name + "} names a variable, a pseudo parameter or a resource").isTrue();
        }
        JsonNode dashboard = JSON.readTree(placeholder.reset().replaceAll("X"));
        String metrics = dashboard.findValues("metrics").toString();

        for (String metric : List.of(OnboardingMetrics.DECISIONS, OnboardingMetrics.REFUSALS,
                OnboardingMetrics.DEPENDENCY_FAILURES, OnboardingMetrics.STEP_LATENCY)) {
            assertThat(metrics).as(metric).contains(metric);
        }
        assertThat(metrics).contains("ApproximateNumberOfMessagesVisible", "ExecutionsFailed", "5xx");
        assertThat(body).contains("${LicenseDlq}", "${DocumentDlq}", "${WorkflowStartDlq}", "${StateMachineArn}");
        assertThat(sub.get(1).get("LicenseDlq").asText()).isEqualTo("LicenseDeadLetterQueue.QueueName");
        assertThat(sub.get(1).get("DocumentDlq").asText()).isEqualTo("DocumentDeadLetterQueue.QueueName");
        assertThat(texts(sub.get(1).get("WorkflowStartDlq")))
                .containsExactly("UseStateMachine", "WorkflowStartDeadLetterQueue.QueueName", "none");
        assertThat(texts(sub.get(1).get("StateMachineArn")))
                .containsExactly("UseStateMachine", "ApplicationStateMachine", "none");
    }

    private static List<String> alarmsOn(String namespace, String metric, String dimensionValue) {
        return resourcesOfType("AWS::CloudWatch::Alarm").stream().filter(alarm -> {
            JsonNode p = properties(alarm);
            return p.path("Namespace").asText().equals(namespace) && p.path("MetricName").asText().equals(metric)
                    && p.path("Dimensions").findValuesAsText("Value").contains(dimensionValue);
        }).toList();
    }

    /** The routes a managed policy lets its holder invoke; it allows nothing else. */
    private static List<String> invocableRoutes(String policy) {
        JsonNode managed = resource(policy);
        assertThat(managed.get("Type").asText()).isEqualTo("AWS::IAM::ManagedPolicy");
        List<String> routes = new ArrayList<>();
        for (JsonNode statement : managed.get("Properties").get("PolicyDocument").get("Statement")) {
            assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
            assertThat(texts(statement.get("Action"))).containsExactly("execute-api:Invoke");
            routes.addAll(texts(statement.get("Resource")));
        }
        return routes;
    }
}
