package io.onboarding.adapters.local.worker;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command line of a worker process: this JVM's {@code java} and class path, a small heap, compact JVM reserves
 * (code cache, class space, metaspace) so the address space left under the ceiling goes to images, and no crash
 * file or core dump anywhere (a fatal error report, which may hold image bytes, goes to standard error, which is
 * read only for the signal's name; the JVM's own messages go there too, never into the channel). On Linux the ceiling is applied by util-linux's {@code prlimit}, which execs the JVM (so the child is
 * the JVM itself); where {@code prlimit} is missing the worker runs with its heap limit only.
 */
record WorkerCommand(List<String> command, Optional<Path> prlimit) {
    WorkerCommand {
        command = List.copyOf(command);
    }

    static WorkerCommand of(WorkerLimits limits, Path temporaryDirectory) {
        var command = new ArrayList<String>();
        Optional<Path> prlimit = findPrlimit();
        prlimit.ifPresent(path -> command.addAll(List.of(path.toString(), "--as=" + limits.memoryCeiling(),
                "--core=0", "--")));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(
                "-Xmx" + WorkerLimits.HEAP_MIB + "m",
                "-XX:+UseSerialGC",
                "-XX:ReservedCodeCacheSize=48m",
                "-XX:CompressedClassSpaceSize=64m",
                "-XX:MaxMetaspaceSize=128m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:-CreateCoredumpOnCrash",
                "-XX:+ErrorFileToStderr",
                "-XX:+DisplayVMOutputToStderr",
                "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + temporaryDirectory));
        // JavaCPP's settings (its cache directory, for one) hold for the workers too
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("org.bytedeco."))
                .sorted().forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", classPath(), limits.mainClass()));
        return new WorkerCommand(command, prlimit);
    }

    /** A builder for the worker: environment without JVM options meant for this JVM, error output to a pipe. */
    ProcessBuilder builder() {
        var builder = new ProcessBuilder(command);
        var environment = builder.environment();
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        // glibc keeps up to 8 arenas per core, each reserving 64 MiB of address space; two are plenty for one call
        environment.put("MALLOC_ARENA_MAX", "2");
        // OpenBLAS (loaded with OpenCV, unused by the engines) reserves a buffer per thread: 256 MiB each
        environment.put("OPENBLAS_NUM_THREADS", "1");
        return builder;
    }

    /** This JVM's class path, absolute (a jar's manifest Class-Path is honoured for a jar on -cp too). */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** util-linux's prlimit where Linux distributions install it (not looked up on PATH: read no environment). */
    private static Optional<Path> findPrlimit() {
        return Stream.of("/usr/bin/prlimit", "/bin/prlimit").map(Path::of).filter(Files::isExecutable).findFirst();
    }
}
