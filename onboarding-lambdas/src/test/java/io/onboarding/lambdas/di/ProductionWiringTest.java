package io.onboarding.lambdas.di;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.lambdas.config.ApplicationApiConfig;
import io.onboarding.lambdas.config.DocumentConfig;
import io.onboarding.lambdas.config.StartApplicationConfig;
import io.onboarding.lambdas.config.StepConfig;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The production components wire completely from a valid configuration (SDK clients are built, nothing is called). */
class ProductionWiringTest {

    @Test
    void wiresTheDocumentFunction() {
        DocumentComponent component = DaggerDocumentComponent.factory().create(DocumentConfig.from(Map.of(
                "AWS_REGION", "eu-west-1", "DOCUMENT_BUCKET", "documentbucket-123456789012",
                "TABLE_NAME", "CustomerMetadataTable",
                "TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:ApplicationNotifications",
                "LICENSE_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/LicenseQueue")));

        assertThat(component.processApplicationPackage()).isSameAs(component.processApplicationPackage());
        assertThat(component.config().bucket()).isEqualTo("documentbucket-123456789012");
        assertThat(lineLoggedBy(component::decisionLog)).contains("\"function\":\"DocumentLambdaFunction\"");
    }

    @Test
    void wiresTheSubmitLicenseFunctionWithOneSharedDeadline() {
        SubmitLicenseComponent component = DaggerSubmitLicenseComponent.factory().create(SubmitLicenseConfig.from(
                Map.of("AWS_REGION", "eu-west-1", "TABLE_NAME", "CustomerMetadataTable",
                        "TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:ApplicationNotifications",
                        "INVOKE_URL", "https://abc.execute-api.eu-west-1.amazonaws.com/license")));

        assertThat(component.submitLicenseForValidation()).isSameAs(component.submitLicenseForValidation());
        assertThat(component.invocationDeadline()).isSameAs(component.invocationDeadline());
        assertThat(lineLoggedBy(component::decisionLog)).contains("\"function\":\"SubmitLicenseLambdaFunction\"");
    }

    private static final Map<String, String> WORKFLOW = Map.of(
            "AWS_REGION", "eu-west-1", "DOCUMENT_BUCKET", "documentbucket-123456789012",
            "TABLE_NAME", "CustomerMetadataTable",
            "TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:ApplicationNotifications",
            "LICENSE_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/LicenseQueue",
            "STATE_MACHINE_ARN", "arn:aws:states:eu-west-1:123456789012:stateMachine:ApplicationStateMachine");

    private static StepConfig step(StepConfig.Step step) {
        return StepConfig.from(step, WORKFLOW);
    }

    @Test
    void wiresTheWorkflowsStepFunctions() {
        ReceivePackageComponent receive = DaggerReceivePackageComponent.factory()
                .create(step(StepConfig.Step.RECEIVE_PACKAGE));
        CheckFaceComponent face = DaggerCheckFaceComponent.factory().create(step(StepConfig.Step.CHECK_FACE));
        CheckDetailsComponent details = DaggerCheckDetailsComponent.factory()
                .create(step(StepConfig.Step.CHECK_DETAILS));
        DecideComponent decide = DaggerDecideComponent.factory().create(step(StepConfig.Step.DECIDE));
        RecordFailureComponent failure = DaggerRecordFailureComponent.factory()
                .create(step(StepConfig.Step.RECORD_FAILURE));

        // the log first: the singleton writes to the standard output of the moment it is built
        assertThat(lineLoggedBy(decide::decisionLog)).contains("\"function\":\"DecideFunction\"");
        assertThat(lineLoggedBy(face::decisionLog)).contains("\"function\":\"CheckFaceFunction\"");
        assertThat(receive.receivePackage()).isSameAs(receive.receivePackage());
        assertThat(face.checkFace()).isSameAs(face.checkFace());
        assertThat(details.checkDetails()).isSameAs(details.checkDetails());
        assertThat(decide.decideInWorkflow()).isSameAs(decide.decideInWorkflow());
        assertThat(failure.recordFailureInWorkflow()).isSameAs(failure.recordFailureInWorkflow());
    }

    @Test
    void wiresTheStartFunction() {
        StartApplicationComponent component = DaggerStartApplicationComponent.factory()
                .create(StartApplicationConfig.from(WORKFLOW));

        assertThat(lineLoggedBy(component::decisionLog)).contains("\"function\":\"StartApplicationFunction\"");
        assertThat(component.applicationExecutions()).isSameAs(component.applicationExecutions());
    }

    @Test
    void wiresTheSubmitLicenseFunctionsWorkflowCallbacks() {
        SubmitLicenseComponent component = DaggerSubmitLicenseComponent.factory().create(SubmitLicenseConfig.from(
                Map.of("AWS_REGION", "eu-west-1", "TABLE_NAME", "CustomerMetadataTable",
                        "TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:ApplicationNotifications",
                        "INVOKE_URL", "https://abc.execute-api.eu-west-1.amazonaws.com/license")));

        assertThat(component.submitLicenseInWorkflow()).isSameAs(component.submitLicenseInWorkflow());
    }

    @Test
    void wiresTheValidatorFunction() {
        ValidateLicenseComponent component = ValidateLicenseComponent.create();

        assertThat(component.mockLicenseValidator()).isSameAs(component.mockLicenseValidator());
        assertThat(lineLoggedBy(component::decisionLog)).contains("\"function\":\"ValidateLicenseLambdaFunction\"");
    }

    @Test
    void wiresTheApplicationApiFunction() {
        ApplicationApiComponent component = DaggerApplicationApiComponent.factory().create(ApplicationApiConfig.from(
                Map.of("AWS_REGION", "eu-west-1", "DOCUMENT_BUCKET", "documentbucket-123456789012",
                        "TABLE_NAME", "CustomerMetadataTable",
                        "TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:ApplicationNotifications")));

        assertThat(lineLoggedBy(component::decisionLog)).contains("\"function\":\"ApplicationApiFunction\"");
        assertThat(component.applicationApi()).isSameAs(component.applicationApi());
    }

    /** What the component's log writes to standard output (where Lambda collects it) for one line. */
    private static String lineLoggedBy(Supplier<DecisionLog> provision) {
        PrintStream stdout = System.out;
        var captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, UTF_8));
        try {
            provision.get().ignored("request-1", "zipped/readme.txt", "not a zip");
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(UTF_8);
    }
}
