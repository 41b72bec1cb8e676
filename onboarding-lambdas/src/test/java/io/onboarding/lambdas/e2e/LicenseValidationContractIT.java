package io.onboarding.lambdas.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.onboarding.adapters.aws.http.HttpLicenseValidator;
import io.onboarding.adapters.aws.http.SigV4Signing;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.port.DependencyException;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both ends of the validator's wire contract, for real: {@link HttpLicenseValidator} POSTs through a loopback API
 * Gateway to ValidateLicenseHandler, signed as SubmitLicenseLambdaFunction signs it, and the function must read the
 * request the client wrote and answer in the form the client reads, at the first attempt.
 */
class LicenseValidationContractIT {
    private static ApiGatewayLoopback apiGateway;

    @BeforeAll
    static void startApiGateway() throws IOException {
        apiGateway = new ApiGatewayLoopback();
    }

    @AfterAll
    static void stopApiGateway() {
        apiGateway.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"S123456579010 | true", "S123456579010 | false", "A\"B\\C ÅÉ 日本 | true"})
    void theClientReadsTheFunctionsAnswerToTheRequestItWrote(String licenceId, boolean override) {
        int before = apiGateway.requests();
        var client = new HttpLicenseValidator(apiGateway.licenseUrl(), HttpLicenseValidator.Settings.defaults(),
                SigV4Signing.forApiGateway(LocalAws.settings(apiGateway.licenseUrl()).credentialsProvider(),
                        LocalAws.REGION.id()));

        LicenseValidation answer = client.validate(licenceId, override);

        assertThat(answer).isEqualTo(LicenseValidation.of(override));
        assertThat(apiGateway.requests() - before).isEqualTo(1);
    }

    @Test
    void anUnsignedClientIsRefusedLikeApiGatewaysIamAuthorisationRefusesIt() {
        var unsigned = new HttpLicenseValidator(apiGateway.licenseUrl(), HttpLicenseValidator.Settings.defaults());

        DependencyException refused = catchThrowableOfType(DependencyException.class,
                () -> unsigned.validate("S123456579010", true));

        assertThat(refused).hasMessageContaining("HTTP 403");
        assertThat(refused.isRetryable()).isFalse();
    }
}
