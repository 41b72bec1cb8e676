package io.onboarding.adapters.local.worker;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One running {@link EngineWorker}: sends a request with its documents and waits for the answer, killing the process
 * when the deadline passes first. A worker that died, missed a deadline or broke the protocol is not used again.
 * Confined to one thread at a time (lent by the pool).
 */
final class WorkerProcess implements AutoCloseable {
    private static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final Map<Integer, String> SIGNALS = Map.of(4, "SIGILL", 6, "SIGABRT", 7, "SIGBUS", 8, "SIGFPE",
            9, "SIGKILL", 11, "SIGSEGV", 15, "SIGTERM");

    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final ErrorOutput errors;
    private final ScheduledExecutorService timer;
    private final long memoryCeiling;
    private volatile boolean killedAtDeadline;
    private boolean broken;

    private WorkerProcess(Process process, ScheduledExecutorService timer, long memoryCeiling) {
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        this.errors = new ErrorOutput(process.getErrorStream(), "engine-worker-" + process.pid() + "-stderr");
        this.timer = timer;
        this.memoryCeiling = memoryCeiling;
    }

    /** Starts a worker and waits until it has loaded its engines. */
    static WorkerProcess start(WorkerCommand command, long memoryCeiling, ScheduledExecutorService timer)
            throws EngineFailure {
        Process process;
        try {
            process = command.builder().start();
        } catch (IOException e) {
            throw new EngineFailure(EngineFailure.Kind.UNAVAILABLE, "the worker could not be started: "
                    + e.getClass().getSimpleName());
        }
        var worker = new WorkerProcess(process, timer, memoryCeiling);
        try {
            JsonNode ready = worker.exchange(List.of(), WorkerLimits.START_TIMEOUT);
            JsonNode error = ready.get(Messages.ERROR);
            if (error != null) {
                throw new EngineFailure(EngineFailure.Kind.UNAVAILABLE, "the engines did not load: "
                        + error.path("dependency").asText() + ": " + error.path("message").asText()
                        + (error.path("outOfMemory").asBoolean() ? ", " + worker.ceiling() : ""));
            }
            if (!ready.path(Messages.READY).asBoolean()) {
                throw new EngineFailure(EngineFailure.Kind.PROTOCOL_ERROR, "no ready message");
            }
            return worker;
        } catch (EngineFailure e) {
            worker.destroy();
            throw e.kind() == EngineFailure.Kind.UNAVAILABLE ? e
                    : new EngineFailure(EngineFailure.Kind.UNAVAILABLE, "while starting, " + e.getMessage());
        }
    }

    long pid() {
        return process.pid();
    }

    /** The answer to a request; the documents follow it, one frame each. */
    JsonNode call(JsonNode request, List<byte[]> documents, Duration timeout) throws EngineFailure {
        if (broken) {
            throw new IllegalStateException("this worker failed before");
        }
        var frames = new java.util.ArrayList<byte[]>(documents.size() + 1);
        frames.add(Messages.bytes(request));
        frames.addAll(documents);
        return exchange(frames, timeout);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Whether the worker can serve another call. */
    boolean reusable() {
        return !broken && !killedAtDeadline && process.isAlive();
    }

    private JsonNode exchange(List<byte[]> frames, Duration timeout) throws EngineFailure {
        ScheduledFuture<?> deadline = timer.schedule(() -> {
            killedAtDeadline = true;
            process.destroyForcibly();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            for (byte[] frame : frames) {
                Frames.write(toWorker, frame);
            }
            toWorker.flush();
            Optional<byte[]> answer = Frames.read(fromWorker, MAX_ANSWER_BYTES);
            if (answer.isEmpty()) {
                throw ended(timeout);
            }
            return Messages.parse(answer.get());
        } catch (Frames.ProtocolException e) {
            if (killedAtDeadline || waitFor(GRACE)) {
                throw ended(timeout);   // a dying process's last words are not a protocol error
            }
            broken = true;
            destroy();
            throw new EngineFailure(EngineFailure.Kind.PROTOCOL_ERROR, e.getMessage());
        } catch (IOException e) {
            throw ended(timeout);
        } finally {
            deadline.cancel(false);
        }
    }

    /** Why the worker stopped answering, once it has ended. */
    private EngineFailure ended(Duration timeout) {
        broken = true;
        if (!waitFor(GRACE)) {
            process.destroyForcibly();
            waitFor(GRACE);
        }
        if (killedAtDeadline) {
            return new EngineFailure(EngineFailure.Kind.TIMED_OUT, "no answer within " + seconds(timeout)
                    + "; the worker was killed");
        }
        int status = process.isAlive() ? -1 : process.exitValue();
        errors.awaitEnd(GRACE);
        String how = status > 128 ? "killed by signal " + (status - 128)
                + Optional.ofNullable(SIGNALS.get(status - 128)).map(name -> " (" + name + ")").orElse("")
                : "exit status " + status;
        if (status == 3 || errors.outOfMemory()) {
            // -XX:+ExitOnOutOfMemoryError ends the JVM with status 3; the JVM reports its own native failures
            return new EngineFailure(EngineFailure.Kind.OUT_OF_MEMORY, "the worker ran out of memory, " + how
                    + ", " + ceiling());
        }
        return new EngineFailure(EngineFailure.Kind.CRASHED, "the worker died, " + how
                + errors.crash().map(crash -> ", " + crash).orElse(""));
    }

    private String ceiling() {
        return "memory ceiling " + memoryCeiling / WorkerLimits.MIB + " MiB";
    }

    private static String seconds(Duration timeout) {
        return String.format(Locale.ROOT, "%.3f s", timeout.toNanos() / 1e9);
    }

    private boolean waitFor(Duration time) {
        try {
            return process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Kills the worker at once. */
    void destroy() {
        broken = true;
        process.destroyForcibly();
        waitFor(GRACE);
    }

    /** Ends the worker: closing its standard input lets it exit; one that does not within a grace time is killed. */
    @Override
    public void close() {
        try {
            toWorker.close();
        } catch (IOException alreadyGone) {
            // the pipe is closed when the worker has ended
        }
        if (!waitFor(GRACE)) {
            destroy();
        }
    }

    /**
     * Drains the worker's standard error, keeping only what tells how it ended: the signal of a fatal error report
     * ({@code #  SIGSEGV (0xb) at pc=...}), glibc's stack protector, and the JVM's out-of-memory messages. The rest,
     * which may quote memory or image content, is dropped unread.
     */
    private static final class ErrorOutput implements Runnable {
        private static final int MAX_LINE = 512;
        private final InputStream in;
        private final Thread thread;
        private volatile String crash;
        private volatile boolean outOfMemory;

        ErrorOutput(InputStream in, String name) {
            this.in = in;
            this.thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            var line = new StringBuilder();
            try (in) {
                for (int c = in.read(); c >= 0; c = in.read()) {
                    if (c == '\n') {
                        look(line.toString());
                        line.setLength(0);
                    } else if (line.length() < MAX_LINE) {
                        line.append((char) c);
                    }
                }
                look(line.toString());
            } catch (IOException ended) {
                // the worker is gone
            }
        }

        private void look(String line) {
            if (crash == null) {
                for (String signal : SIGNALS.values()) {
                    if (line.startsWith("#") && line.contains(" " + signal + " (0x")) {
                        crash = signal + " in native code";
                    }
                }
                if (line.contains("stack smashing detected")) {
                    crash = "stack smashing detected";
                }
            }
            if (line.contains("java.lang.OutOfMemoryError") || line.contains("insufficient memory for the Java Runtime")
                    || line.contains("Could not reserve enough space")) {
                outOfMemory = true;
            }
        }

        void awaitEnd(Duration time) {
            try {
                thread.join(time.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Optional<String> crash() {
            return Optional.ofNullable(crash);
        }

        boolean outOfMemory() {
            return outOfMemory;
        }
    }
}
