package io.onboarding.domain.usecase;

import static io.onboarding.domain.testing.TestApplications.SAMPLE_APPROVED;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.Notification;
import io.onboarding.domain.port.TransientDependencyException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmitLicenseForValidationTest {
    private static final ApplicationId APP = ApplicationId.of(SAMPLE_APPROVED);

    private final Pipeline pipeline = new Pipeline(new FacesCompared(99, 2), theSampleLicence().build());

    private LicenseCheckRequest queuedCheck(boolean override) {
        pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1")).record();
        LicenseCheckRequest queued = pipeline.queue.queued().get(0);
        return new LicenseCheckRequest(queued.driverLicenseId(), override, queued.applicationId());
    }

    @Test
    void approvesWhenTheValidatorSaysValid() {
        LicenseCheckRequest check = queuedCheck(true);

        ApplicationRecord record = pipeline.submit.submit(check).record();

        assertThat(record.licenseValidation()).contains(LicenseValidation.VALID);
        assertThat(record.decision()).contains(KycDecision.approved());
        assertThat(pipeline.validator.validated()).containsExactly("S123456579010");
        assertThat(pipeline.notifier.sent()).isEmpty();
    }

    @Test
    void rejectsAndNotifiesWhenTheValidatorSaysInvalid() {
        LicenseCheckRequest check = queuedCheck(false);

        ApplicationRecord record = pipeline.submit.submit(check).record();

        assertThat(record.licenseValidation()).contains(LicenseValidation.INVALID);
        assertThat(record.decision()).contains(KycDecision.rejected(DecisionReason.LICENSE_INVALID));
        assertThat(pipeline.notifier.sent()).containsExactly(
                new Notification(APP, Notification.Kind.LICENSE_VALIDATION_FAILED, List.of("LICENSE_INVALID")));
    }

    @Test
    void redeliveredMessageCallsTheValidatorOnceAndNotifiesOnce() {
        LicenseCheckRequest check = queuedCheck(false);

        ApplicationRecord first = pipeline.submit.submit(check).record();
        ApplicationRecord second = pipeline.submit.submit(check).record();

        assertThat(second).isEqualTo(first);
        assertThat(pipeline.validator.validated()).hasSize(1);
        assertThat(pipeline.notifier.sent()).hasSize(1);
    }

    @Test
    void leavesTheRecordUntouchedWhenTheValidatorFails() {
        LicenseCheckRequest check = queuedCheck(true);
        pipeline.validator.failingOnceWith(new TransientDependencyException("license-validator", "HTTP 503"));

        assertThatThrownBy(() -> pipeline.submit.submit(check)).isInstanceOf(TransientDependencyException.class);

        assertThat(pipeline.repository.get(APP).licenseValidation()).isEmpty();
        assertThat(pipeline.submit.submit(check).record().decision()).contains(KycDecision.approved());
    }

    @Test
    void refusesACheckForAnUnknownApplication() {
        var check = new LicenseCheckRequest("S1", true, ApplicationId.of("nobody"));

        assertThatThrownBy(() -> pipeline.submit.submit(check))
                .isInstanceOf(ApplicationNotFoundException.class)
                .hasMessageContaining("nobody");
        assertThat(pipeline.validator.validated()).isEmpty();
    }
}
