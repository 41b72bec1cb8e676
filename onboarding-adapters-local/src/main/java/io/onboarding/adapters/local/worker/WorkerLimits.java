package io.onboarding.adapters.local.worker;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link IsolatedEngines} bounds its worker processes.
 *
 * @param callTimeout   deadline of one engine call (one face comparison, one licence reading), from the moment the
 *                      request is sent; at expiry the worker is killed and the call fails
 * @param memoryCeiling the address space one worker may use, in bytes ({@code prlimit --as}): the JVM, the native
 *                      libraries and every image they decode together. The worker's Java heap is
 *                      {@value #HEAP_MIB} MiB of it (documents and answers; images are decoded outside the heap)
 * @param mainClass     the worker's main class; tests name one built on {@link EngineWorker#serve} that misbehaves
 *                      on purpose
 */
public record WorkerLimits(Duration callTimeout, long memoryCeiling, String mainClass) {
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    public static final long MIB = 1024L * 1024L;
    /** The worker's {@code -Xmx}, in MiB. */
    public static final int HEAP_MIB = 256;
    /** 2 GiB: a worker needs about 1.3 GiB of address space to load both engines, the rest is for images. */
    public static final long DEFAULT_MEMORY_CEILING = 2048 * MIB;
    public static final long MIN_MEMORY_CEILING = 256 * MIB;
    /** How long a new worker may take to start its JVM and load both engines. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    public WorkerLimits {
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(mainClass, "mainClass");
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("the call timeout must be positive");
        }
        if (memoryCeiling < MIN_MEMORY_CEILING) {
            throw new IllegalArgumentException("the memory ceiling must be at least " + MIN_MEMORY_CEILING / MIB
                    + " MiB");
        }
    }

    public static WorkerLimits defaults() {
        return new WorkerLimits(DEFAULT_CALL_TIMEOUT, DEFAULT_MEMORY_CEILING, EngineWorker.class.getName());
    }

    public WorkerLimits withCallTimeout(Duration timeout) {
        return new WorkerLimits(timeout, memoryCeiling, mainClass);
    }

    public WorkerLimits withMemoryCeiling(long bytes) {
        return new WorkerLimits(callTimeout, bytes, mainClass);
    }

    public WorkerLimits withMainClass(String name) {
        return new WorkerLimits(callTimeout, memoryCeiling, name);
    }
}
