package io.onboarding.lambdas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.adapters.aws.http.HttpLicenseValidator;
import io.onboarding.domain.model.LicenseValidation;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both ends of the validator's wire contract, for real: {@link HttpLicenseValidator} POSTs through a loopback API
 * Gateway to ValidateLicenseHandler, which must read the request the client wrote and answer in the form the
 * client reads, at the first attempt.
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
        var client = new HttpLicenseValidator(apiGateway.licenseUrl(), HttpLicenseValidator.Settings.defaults());

        LicenseValidation answer = client.validate(licenceId, override);

        assertThat(answer).isEqualTo(LicenseValidation.of(override));
        assertThat(apiGateway.requests() - before).isEqualTo(1);
    }
}
