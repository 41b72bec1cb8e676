package io.onboarding.lambdas.workflow;

import io.onboarding.domain.port.LicenseCheckQueue;

/** The licence-check queue for one waiting workflow task: every check it queues carries that task's token. */
@FunctionalInterface
public interface LicenseChecksForTask {
    LicenseCheckQueue carrying(String taskToken);
}
