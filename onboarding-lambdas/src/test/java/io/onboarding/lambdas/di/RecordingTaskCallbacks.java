package io.onboarding.lambdas.di;

import io.onboarding.adapters.aws.sfn.TaskCallbacks;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every answer sent to a waiting workflow task. A token can be marked as no longer waited on (the wait timed
 * out), and calls can be scripted to fail.
 */
public final class RecordingTaskCallbacks implements TaskCallbacks {
    /** One answer: {@code output} for a success, {@code error} and {@code cause} for a failure. */
    public record Answer(String taskToken, boolean success, String output, String error, String cause) {
    }

    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final Set<String> over = ConcurrentHashMap.newKeySet();
    private final Deque<RuntimeException> failures = new ArrayDeque<>();

    /** Nobody waits on {@code taskToken} any more. */
    public RecordingTaskCallbacks waitOver(String taskToken) {
        over.add(taskToken);
        return this;
    }

    /** The next call throws {@code failure}. */
    public synchronized RecordingTaskCallbacks failingOnceWith(RuntimeException failure) {
        failures.add(failure);
        return this;
    }

    @Override
    public Delivery succeed(String taskToken, String output) {
        return answer(new Answer(taskToken, true, output, null, null));
    }

    @Override
    public Delivery fail(String taskToken, String error, String cause) {
        return answer(new Answer(taskToken, false, null, error, cause));
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    private Delivery answer(Answer answer) {
        synchronized (this) {
            if (!failures.isEmpty()) {
                throw failures.removeFirst();
            }
        }
        if (over.contains(answer.taskToken())) {
            return Delivery.WAIT_ALREADY_OVER;
        }
        answers.add(answer);
        return Delivery.DELIVERED;
    }
}
