package io.onboarding.lambdas.di;

import io.onboarding.adapters.aws.sfn.WorkflowStarter;
import io.onboarding.domain.port.DependencyException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the executions it started, refuses a name it has seen as the service does, and can be told to fail. */
public final class RecordingWorkflowStarter implements WorkflowStarter {
    /** One started execution. */
    public record Execution(String name, String input) {
    }

    private final List<Execution> started = new CopyOnWriteArrayList<>();
    private volatile DependencyException failure;

    public RecordingWorkflowStarter failingWith(DependencyException failure) {
        this.failure = failure;
        return this;
    }

    @Override
    public synchronized Start start(String executionName, String input) {
        if (failure != null) {
            throw failure;
        }
        if (started.stream().anyMatch(execution -> execution.name().equals(executionName))) {
            return Start.ALREADY_STARTED;
        }
        started.add(new Execution(executionName, input));
        return Start.STARTED;
    }

    public List<Execution> started() {
        return List.copyOf(started);
    }
}
