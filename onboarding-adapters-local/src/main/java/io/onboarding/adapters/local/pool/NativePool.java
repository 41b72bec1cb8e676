package io.onboarding.adapters.local.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Instances of a native engine that is not thread-safe (a Tesseract engine, an OpenCV classifier), lent to one
 * thread at a time. The pool grows to the number of threads borrowing at once; an instance is created lazily,
 * outside the lock (creating one takes a while), and one that failed is released rather than lent again.
 *
 * @param <T> the engine; closing it releases its native memory
 */
public final class NativePool<T extends AutoCloseable> implements AutoCloseable {
    private final String owner;
    private final Supplier<T> factory;
    private final Deque<T> idle = new ArrayDeque<>();
    private boolean closed;

    /** @param owner names the pool's user in the message when it is used after {@link #close()} */
    public NativePool(String owner, Supplier<T> factory) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** An idle instance, or a new one. @throws IllegalStateException after {@link #close()} */
    public T borrow() {
        synchronized (this) {
            checkOpen();
            T instance = idle.pollFirst();
            if (instance != null) {
                return instance;
            }
        }
        T created = factory.get();
        synchronized (this) {
            if (closed) {
                release(created);
                checkOpen();
            }
            return created;
        }
    }

    /** Takes the instance back, or releases it when the pool is closed or the instance failed. */
    public void giveBack(T instance, boolean healthy) {
        synchronized (this) {
            if (!closed && healthy) {
                idle.addFirst(instance);
                return;
            }
        }
        release(instance);
    }

    /** Releases every idle instance; those still lent are released when they come back. */
    @Override
    public void close() {
        List<T> release;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            release = new ArrayList<>(idle);
            idle.clear();
        }
        release.forEach(NativePool::release);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(owner + " is closed");
        }
    }

    private static void release(AutoCloseable instance) {
        try {
            instance.close();
        } catch (Exception e) {
            throw new IllegalStateException("releasing a native engine failed", e);
        }
    }
}
