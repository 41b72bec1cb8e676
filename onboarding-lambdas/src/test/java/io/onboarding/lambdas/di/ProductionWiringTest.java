package io.onboarding.lambdas.di;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.lambdas.config.DocumentConfig;
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

    @Test
    void wiresTheValidatorFunction() {
        ValidateLicenseComponent component = ValidateLicenseComponent.create();

        assertThat(component.mockLicenseValidator()).isSameAs(component.mockLicenseValidator());
        assertThat(lineLoggedBy(component::decisionLog)).contains("\"function\":\"ValidateLicenseLambdaFunction\"");
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
