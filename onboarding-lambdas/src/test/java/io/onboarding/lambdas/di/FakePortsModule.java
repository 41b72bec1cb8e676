package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.sfn.TaskCallbacks;
import io.onboarding.adapters.aws.sfn.WorkflowStarter;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DocumentStore;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseValidator;
import io.onboarding.domain.port.Notifier;
import io.onboarding.domain.port.SelfieInspector;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.workflow.LicenseChecksForTask;
import java.time.Clock;
import javax.inject.Singleton;

/**
 * Publishes every port as the domain's in-memory fake from {@link Fakes}, the workflow's recording starter, callbacks
 * and token-carrying queue, a fixed clock and a captured log.
 */
@Module
final class FakePortsModule {
    private FakePortsModule() {
    }

    @Provides
    static DocumentStore documentStore(Fakes fakes) {
        return fakes.documents;
    }

    @Provides
    static ApplicationRepository repository(Fakes fakes) {
        return fakes.repository;
    }

    @Provides
    static FaceComparator faces(Fakes fakes) {
        return fakes.faces;
    }

    @Provides
    static SelfieInspector selfies(Fakes fakes) {
        return fakes.selfies;
    }

    @Provides
    static IdDocumentReader idReader(Fakes fakes) {
        return fakes.idReader;
    }

    @Provides
    static Notifier notifier(Fakes fakes) {
        return fakes.notifier;
    }

    @Provides
    static LicenseCheckQueue queue(Fakes fakes) {
        return fakes.queue;
    }

    @Provides
    static LicenseValidator validator(Fakes fakes) {
        return fakes.validator;
    }

    @Provides
    static LicenseChecksForTask licenseChecksForTask(Fakes fakes) {
        return fakes.taskQueues;
    }

    @Provides
    static TaskCallbacks taskCallbacks(Fakes fakes) {
        return fakes.callbacks;
    }

    @Provides
    static WorkflowStarter workflowStarter(Fakes fakes) {
        return fakes.starter;
    }

    @Provides
    static Clock clock(Fakes fakes) {
        return fakes.clock;
    }

    @Provides
    @Singleton
    static InvocationDeadline invocationDeadline(Clock clock) {
        return new InvocationDeadline(clock);
    }

    @Provides
    @Singleton
    static DecisionLog decisionLog(ObjectMapper json, Fakes fakes) {
        return new DecisionLog(json, fakes.log, "test");
    }
}
