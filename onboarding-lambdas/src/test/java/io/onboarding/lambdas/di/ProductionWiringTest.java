package io.onboarding.lambdas.di;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.lambdas.config.DocumentConfig;
import io.onboarding.lambdas.config.SubmitLicenseConfig;
import java.util.Map;
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
        assertThat(component.decisionLog()).isNotNull();
    }

    @Test
    void wiresTheSubmitLicenseFunctionWithOneSharedDeadline() {
        SubmitLicenseComponent component = DaggerSubmitLicenseComponent.factory().create(SubmitLicenseConfig.from(
                Map.of("AWS_REGION", "eu-west-1", "TABLE_NAME", "CustomerMetadataTable",
                        "TOPIC_ARN", "arn:aws:sns:eu-west-1:123456789012:ApplicationNotifications",
                        "INVOKE_URL", "https://abc.execute-api.eu-west-1.amazonaws.com/license")));

        assertThat(component.submitLicenseForValidation()).isNotNull();
        assertThat(component.invocationDeadline()).isSameAs(component.invocationDeadline());
    }

    @Test
    void wiresTheValidatorFunction() {
        ValidateLicenseComponent component = ValidateLicenseComponent.create();

        assertThat(component.mockLicenseValidator()).isSameAs(component.mockLicenseValidator());
    }
}
