package io.onboarding.domain.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/** Answers scripted in order (values or exceptions), then a default answer forever. Shared by the fixed fakes. */
final class Scripted<T> {
    private final Deque<Supplier<T>> script = new ArrayDeque<>();
    private Supplier<T> fallback;
    private int calls;

    Scripted(Supplier<T> fallback) {
        this.fallback = fallback;
    }

    synchronized void always(Supplier<T> answer) {
        script.clear();
        fallback = answer;
    }

    synchronized void thenOnce(Supplier<T> answer) {
        script.addLast(answer);
    }

    synchronized T next() {
        calls++;
        Supplier<T> answer = script.isEmpty() ? fallback : script.removeFirst();
        return answer.get();
    }

    synchronized int calls() {
        return calls;
    }
}
