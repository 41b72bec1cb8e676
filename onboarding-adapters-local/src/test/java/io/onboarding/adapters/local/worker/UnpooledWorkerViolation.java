package io.onboarding.adapters.local.worker;

import java.io.IOException;

/**
 * Deliberate violations for {@code ArchitectureTest}: a public class that starts processes, and a class that starts
 * a worker without a pool to lend and replace it. Test sources only.
 */
public final class UnpooledWorkerViolation implements AutoCloseable {
    private final Process process;

    private UnpooledWorkerViolation(Process process) {
        this.process = process;
    }

    static UnpooledWorkerViolation start() throws IOException {
        return new UnpooledWorkerViolation(new ProcessBuilder("true").start());
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** Starts a worker and keeps it, outside any pool. */
    static final class Starter {
        Object start() throws IOException {
            return UnpooledWorkerViolation.start();
        }
    }
}
