package io.onboarding.cli.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.port.LicenseCheckRequest;
import org.junit.jupiter.api.Test;

class InProcessLicenseCheckTest {
    @Test
    void handsOutEachQueuedCheckOnce() {
        var queue = new InProcessLicenseCheckQueue();
        var request = new LicenseCheckRequest("S123", true, ApplicationId.of("8d247914"));

        queue.enqueue(request);

        assertThat(queue.drain()).containsExactly(request);
        assertThat(queue.drain()).isEmpty();
    }

    @Test
    void answersTheValidationOverrideLikeTheMockValidator() {
        var validator = new InProcessLicenseValidator();

        assertThat(validator.validate("S123", true)).isEqualTo(LicenseValidation.VALID);
        assertThat(validator.validate("S123", false)).isEqualTo(LicenseValidation.INVALID);
    }
}
