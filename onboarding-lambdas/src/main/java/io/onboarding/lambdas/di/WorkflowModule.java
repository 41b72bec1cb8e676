package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.sfn.TaskCallbacks;
import io.onboarding.adapters.aws.sfn.WorkflowStarter;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.Notifier;
import io.onboarding.domain.usecase.RecordProcessingFailure;
import io.onboarding.domain.usecase.SubmitLicenseForValidation;
import io.onboarding.lambdas.config.DecisionConfig;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.workflow.ApplicationExecutions;
import io.onboarding.lambdas.workflow.DecideInWorkflow;
import io.onboarding.lambdas.workflow.LicenseChecksForTask;
import io.onboarding.lambdas.workflow.RecordFailureInWorkflow;
import io.onboarding.lambdas.workflow.SubmitLicenseInWorkflow;
import java.time.Clock;
import javax.inject.Singleton;

/** Publishes the workflow's glue around the use cases (io.onboarding.lambdas.workflow), built with {@code new}. */
@Module
public final class WorkflowModule {
    private WorkflowModule() {
    }

    @Provides
    @Singleton
    static DecideInWorkflow decideInWorkflow(ApplicationRepository repository, Notifier notifier,
            LicenseChecksForTask licenseChecks, TaskCallbacks callbacks, DecisionConfig decisions, Clock clock,
            ObjectMapper json, DecisionLog log) {
        return new DecideInWorkflow(repository, notifier, licenseChecks, callbacks, decisions.policy(),
                decisions.options(), clock, json, log);
    }

    @Provides
    @Singleton
    static SubmitLicenseInWorkflow submitLicenseInWorkflow(SubmitLicenseForValidation submitLicense,
            TaskCallbacks callbacks, ObjectMapper json, DecisionLog log) {
        return new SubmitLicenseInWorkflow(submitLicense, callbacks, json, log);
    }

    @Provides
    @Singleton
    static RecordFailureInWorkflow recordFailureInWorkflow(RecordProcessingFailure recordFailure, ObjectMapper json,
            DecisionLog log) {
        return new RecordFailureInWorkflow(recordFailure, json, log);
    }

    @Provides
    @Singleton
    static ApplicationExecutions applicationExecutions(WorkflowStarter starter, ObjectMapper json) {
        return new ApplicationExecutions(starter, json);
    }
}
