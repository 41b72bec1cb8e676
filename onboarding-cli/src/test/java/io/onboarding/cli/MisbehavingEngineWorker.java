package io.onboarding.cli;

import io.onboarding.adapters.local.worker.EngineWorker;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.IdDocumentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;

/**
 * An engine worker that serves every document as {@link EngineWorker} does, except those of applications whose id
 * names a way to fail; then it fails for real, as a crafted image would make it:
 * <ul>
 *   <li>{@code segv}: reads native memory at address 8 (SIGSEGV inside native code: the JVM's fatal error);</li>
 *   <li>{@code abort}: sends itself SIGABRT, as glibc does on "stack smashing detected";</li>
 *   <li>{@code heap}: fills its Java heap (OutOfMemoryError; the worker exits with status 3);</li>
 *   <li>{@code hang}: never answers, like a decode that never ends;</li>
 *   <li>{@code killme}: writes {@code busy-<pid>} into its temporary directory and waits for the test to kill it.</li>
 * </ul>
 * Licence readings fail for {@code segv}, {@code hang} and {@code killme}; face comparisons for {@code abort} and
 * {@code heap}.
 */
public final class MisbehavingEngineWorker {
    private MisbehavingEngineWorker() {
    }

    public static void main(String[] args) {
        System.exit(EngineWorker.serve(
                faces -> (selfie, document, floor) -> {
                    misbehave(selfie.key(), "abort", "heap");
                    return faces.compare(selfie, document, floor);
                },
                reader -> document -> {
                    misbehave(document.key(), "segv", "hang", "killme");
                    return reader.read(document);
                }));
    }

    private static void misbehave(String key, String... ways) {
        for (String way : ways) {
            if (key.contains("-" + way + "_")) {
                fail(way);
            }
        }
    }

    private static void fail(String way) {
        try {
            switch (way) {
                case "segv" -> new BytePointer() {
                    {
                        address = 8;
                    }
                }.get(0);
                case "abort" -> new ProcessBuilder("kill", "-ABRT", String.valueOf(ProcessHandle.current().pid()))
                        .start().waitFor();
                case "heap" -> {
                    List<long[]> hoard = new ArrayList<>();
                    while (true) {
                        hoard.add(new long[1 << 20]);
                    }
                }
                case "killme" -> Files.createFile(Path.of(System.getProperty("java.io.tmpdir"),
                        "busy-" + ProcessHandle.current().pid()));
                default -> {
                    // hang
                }
            }
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
