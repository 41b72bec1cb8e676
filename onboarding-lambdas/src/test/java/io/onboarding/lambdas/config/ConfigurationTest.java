package io.onboarding.lambdas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.decision.LicenseValidationTrigger;
import io.onboarding.domain.decision.SelfieIssue;
import io.onboarding.domain.decision.SelfieQualityPolicy;
import io.onboarding.domain.usecase.ProcessingOptions;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationTest {
    private static final Map<String, String> DOCUMENT = Map.of(
            "AWS_REGION", "eu-west-1", "DOCUMENT_BUCKET", "documentbucket-123456789012",
            "TABLE_NAME", "CustomerMetadataTable", "TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:ApplicationNotifications",
            "LICENSE_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/LicenseQueue");
    private static final Map<String, String> SUBMIT = Map.of(
            "AWS_REGION", "eu-west-1", "TABLE_NAME", "CustomerMetadataTable",
            "TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:ApplicationNotifications",
            "INVOKE_URL", "https://abc.execute-api.eu-west-1.amazonaws.com/license");

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        var copy = new HashMap<>(base);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return copy;
    }

    @Test
    void readsTheDocumentFunctionsVariablesWithPolicyDefaults() {
        DocumentConfig config = DocumentConfig.from(DOCUMENT);

        assertThat(config.bucket()).isEqualTo("documentbucket-123456789012");
        assertThat(config.queueUrl()).endsWith("/LicenseQueue");
        assertThat(config.decisions().policy()).isEqualTo(KycPolicy.defaults());
        assertThat(config.decisions().options()).isEqualTo(ProcessingOptions.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS_REGION", "DOCUMENT_BUCKET", "TABLE_NAME", "TOPIC_ARN", "LICENSE_QUEUE_URL"})
    void namesTheMissingVariable(String name) {
        assertThatThrownBy(() -> DocumentConfig.from(with(DOCUMENT, name, null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("environment variable " + name + " is missing or blank");
        assertThatThrownBy(() -> DocumentConfig.from(with(DOCUMENT, name, "  ")))
                .hasMessageContaining(name);
    }

    @Test
    void readsPolicySettings() {
        var variables = new HashMap<>(DOCUMENT);
        variables.put("FACE_SIMILARITY_THRESHOLD", "92.5");
        variables.put("CONFIDENCE_FLOOR", "70");
        variables.put("WHEN_EXPIRED", "rejected");
        variables.put("LICENSE_VALIDATION", "ALWAYS");
        variables.put("VALIDATION_OVERRIDE", "false");
        variables.put("MAX_ATTEMPTS", "5");

        DecisionConfig decisions = DocumentConfig.from(variables).decisions();

        assertThat(decisions.policy().faceSimilarityThreshold()).isEqualTo(92.5);
        assertThat(decisions.policy().confidenceFloor()).isEqualTo(70);
        assertThat(decisions.policy().whenExpired()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(decisions.policy().licenseValidation()).isEqualTo(LicenseValidationTrigger.ALWAYS);
        assertThat(decisions.options().validationOverride()).isFalse();
        assertThat(decisions.options().maxAttempts()).isEqualTo(5);
    }

    @Test
    void readsTheSelfieRulesWithTheirDocumentedDefaults() {
        var variables = new HashMap<>(DOCUMENT);
        variables.put("SELFIE_MIN_FACE_PERCENT", "10");
        variables.put("SELFIE_MAX_YAW", "30");
        variables.put("SELFIE_MIN_SHARPNESS", "25.5");
        variables.put("WHEN_SELFIE_SUNGLASSES", "needs_review");
        variables.put("WHEN_SELFIE_TOO_DARK", "REJECTED");

        SelfieQualityPolicy rules = DocumentConfig.from(variables).decisions().policy().selfieQuality();
        SelfieQualityPolicy defaults = DocumentConfig.from(DOCUMENT).decisions().policy().selfieQuality();

        assertThat(defaults).isEqualTo(SelfieQualityPolicy.defaults());
        assertThat(rules.minimumFaceSize()).isEqualTo(0.10);
        assertThat(rules.maximumYaw()).isEqualTo(30);
        assertThat(rules.minimumSharpness()).isEqualTo(25.5);
        assertThat(rules.maximumPitchDown()).isEqualTo(defaults.maximumPitchDown());
        assertThat(rules.outcome(SelfieIssue.SUNGLASSES)).isEqualTo(DecisionOutcome.NEEDS_REVIEW);
        assertThat(rules.outcome(SelfieIssue.TOO_DARK)).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(rules.outcome(SelfieIssue.SEVERAL_FACES)).isEqualTo(DecisionOutcome.REJECTED);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "SELFIE_MAX_YAW, 181, 'SELFIE_MAX_YAW must be a number from 0.0 to 180.0'",
        "SELFIE_MIN_FACE_PERCENT, -5, 'SELFIE_MIN_FACE_PERCENT must be a number from 0 to 100'",
        "WHEN_SELFIE_TOO_DARK, sometimes, 'WHEN_SELFIE_TOO_DARK must be one of'",
        "WHEN_SELFIE_TOO_DARK, APPROVED, 'the outcome of TOO_DARK must be REJECTED or NEEDS_REVIEW'",
        "SELFIE_MIN_BRIGHTNESS, 99, 'minimum brightness is above the maximum'"})
    void refusesABadSelfieSetting(String name, String value, String problem) {
        assertThatThrownBy(() -> DocumentConfig.from(with(DOCUMENT, name, value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "FACE_SIMILARITY_THRESHOLD, abc, 'must be a number from 0 to 100'",
        "FACE_SIMILARITY_THRESHOLD, 101, 'must be a number from 0 to 100'",
        "CONFIDENCE_FLOOR, -1, 'must be a number from 0 to 100'",
        "WHEN_NO_FACE, maybe, 'must be one of'",
        "WHEN_EXPIRED, APPROVED, 'whenExpired must be REJECTED or NEEDS_REVIEW'",
        "LICENSE_VALIDATION, sometimes, 'must be one of'",
        "VALIDATION_OVERRIDE, yes, 'must be true or false'",
        "MAX_ATTEMPTS, 0, 'must be a positive integer'"})
    void refusesABadSettingNamingIt(String name, String value, String problem) {
        assertThatThrownBy(() -> DocumentConfig.from(with(DOCUMENT, name, value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf(name, "whenExpired"));
    }

    @Test
    void readsTheSubmitFunctionsVariablesWithTimeoutDefaults() {
        SubmitLicenseConfig config = SubmitLicenseConfig.from(SUBMIT);

        assertThat(config.validatorUrl()).isEqualTo(URI.create("https://abc.execute-api.eu-west-1.amazonaws.com/license"));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://example.com/license", "/license"})
    void refusesAValidatorUrlThatIsNotHttp(String url) {
        assertThatThrownBy(() -> SubmitLicenseConfig.from(with(SUBMIT, "INVOKE_URL", url)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("INVOKE_URL must be an http(s) URL");
    }

    @Test
    void readsValidatorTimeouts() {
        var variables = with(with(SUBMIT, "VALIDATOR_CONNECT_TIMEOUT_MS", "500"), "VALIDATOR_REQUEST_TIMEOUT_MS", "900");

        SubmitLicenseConfig config = SubmitLicenseConfig.from(variables);

        assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofMillis(900));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "RECEIVE_PACKAGE, ReceivePackageFunction, DOCUMENT_BUCKET TOPIC_ARN",
        "CHECK_FACE, CheckFaceFunction, DOCUMENT_BUCKET",
        "CHECK_DETAILS, CheckDetailsFunction, DOCUMENT_BUCKET",
        "DECIDE, DecideFunction, TOPIC_ARN LICENSE_QUEUE_URL",
        "RECORD_FAILURE, RecordFailureFunction, TOPIC_ARN"})
    void readsAWorkflowStepsVariablesRequiringOnlyWhatItUses(StepConfig.Step step, String functionName,
                                                            String required) {
        var onlyRequired = new HashMap<String, String>();
        for (String name : ("AWS_REGION TABLE_NAME " + required).split(" ")) {
            onlyRequired.put(name, DOCUMENT.get(name));
        }

        StepConfig config = StepConfig.from(step, onlyRequired);

        assertThat(config.functionName()).isEqualTo(functionName);
        assertThat(config.tableName()).isEqualTo("CustomerMetadataTable");
        assertThat(config.decisions().policy()).isEqualTo(KycPolicy.defaults());
        for (String name : required.split(" ")) {
            assertThatThrownBy(() -> StepConfig.from(step, with(onlyRequired, name, null)))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("environment variable " + name + " is missing or blank");
        }
    }

    @Test
    void namesTheVariableAStepWasNotConfiguredWithWhenItIsAskedFor() {
        StepConfig config = StepConfig.from(StepConfig.Step.CHECK_FACE, with(with(DOCUMENT, "TOPIC_ARN", null),
                "LICENSE_QUEUE_URL", null));

        assertThat(config.bucket()).isEqualTo("documentbucket-123456789012");
        assertThatThrownBy(config::topicArn)
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("environment variable TOPIC_ARN is not set for CheckFaceFunction");
    }

    @Test
    void readsTheStepsPolicySettingsLikeTheDocumentFunctions() {
        StepConfig config = StepConfig.from(StepConfig.Step.DECIDE, with(DOCUMENT, "LICENSE_VALIDATION", "NEVER"));

        assertThat(config.decisions().policy().licenseValidation()).isEqualTo(LicenseValidationTrigger.NEVER);
        assertThatThrownBy(() -> StepConfig.from(StepConfig.Step.DECIDE, with(DOCUMENT, "MAX_ATTEMPTS", "0")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("MAX_ATTEMPTS");
    }

    @Test
    void readsTheStartFunctionsStateMachine() {
        StartApplicationConfig config = StartApplicationConfig.from(Map.of("AWS_REGION", "eu-west-1",
                "DOCUMENT_BUCKET", "documentbucket-123456789012",
                "STATE_MACHINE_ARN", "arn:aws:states:eu-west-1:123456789012:stateMachine:ApplicationStateMachine"));

        assertThat(config.stateMachineArn()).endsWith(":stateMachine:ApplicationStateMachine");
        assertThat(config.bucket()).isEqualTo("documentbucket-123456789012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ApplicationStateMachine", "arn:aws:sns:eu-west-1:123456789012:topic",
        "arn:aws:states:eu-west-1:123456789012:execution:ApplicationStateMachine:x"})
    void refusesAStateMachineArnThatIsNotOne(String arn) {
        assertThatThrownBy(() -> StartApplicationConfig.from(Map.of("AWS_REGION", "eu-west-1",
                "DOCUMENT_BUCKET", "documentbucket-123456789012", "STATE_MACHINE_ARN", arn)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("STATE_MACHINE_ARN must be a Step Functions state machine ARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS_REGION", "DOCUMENT_BUCKET", "STATE_MACHINE_ARN"})
    void namesTheStartFunctionsMissingVariable(String name) {
        var variables = with(Map.of("AWS_REGION", "eu-west-1", "DOCUMENT_BUCKET", "documentbucket-123456789012",
                "STATE_MACHINE_ARN", "arn:aws:states:eu-west-1:123456789012:stateMachine:ApplicationStateMachine"),
                name, null);

        assertThatThrownBy(() -> StartApplicationConfig.from(variables))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("environment variable " + name + " is missing or blank");
    }

    private static final Map<String, String> API = Map.of(
            "AWS_REGION", "eu-west-1", "DOCUMENT_BUCKET", "documentbucket-123456789012",
            "TABLE_NAME", "CustomerMetadataTable",
            "TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:ApplicationNotifications");

    @Test
    void readsTheApiFunctionsVariablesWithAFiveMinuteUploadLink() {
        ApplicationApiConfig config = ApplicationApiConfig.from(API);

        assertThat(config.functionName()).isEqualTo("ApplicationApiFunction");
        assertThat(config.bucket()).isEqualTo("documentbucket-123456789012");
        assertThat(config.uploadLinkExpiry()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void readsTheUploadLinkLifetime() {
        ApplicationApiConfig config = ApplicationApiConfig.from(with(API, "UPLOAD_URL_TTL_SECONDS", "60"));

        assertThat(config.uploadLinkExpiry()).isEqualTo(Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @CsvSource({"UPLOAD_URL_TTL_SECONDS, 0, must be a positive integer", "UPLOAD_URL_TTL_SECONDS, 3601, at most 3600"})
    void refusesABadApiSettingNamingIt(String name, String value, String problem) {
        assertThatThrownBy(() -> ApplicationApiConfig.from(with(API, name, value)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(name).hasMessageContaining(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS_REGION", "DOCUMENT_BUCKET", "TABLE_NAME", "TOPIC_ARN"})
    void namesTheApiFunctionsMissingVariable(String name) {
        assertThatThrownBy(() -> ApplicationApiConfig.from(with(API, name, null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("environment variable " + name + " is missing or blank");
    }
}
