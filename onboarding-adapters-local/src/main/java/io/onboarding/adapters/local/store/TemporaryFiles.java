package io.onboarding.adapters.local.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The temporary files every store writes before moving them into place. Each is locked (an operating-system file
 * lock) for as long as its writer lives, so a file left behind by a killed process is recognised at once: nobody
 * holds its lock. {@link #sweep} deletes those, and never a file another process is still writing.
 */
final class TemporaryFiles {
    private static final String PREFIX = ".";
    private static final String SUFFIX = ".tmp";
    /** Between creating a file and locking it a writer holds no lock; a younger file is left alone. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private TemporaryFiles() {
    }

    /** Something that writes the content of a file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to a locked temporary file in {@code target}'s folder, then moves it over {@code target}
     * atomically. A failure leaves {@code target} as it was and removes the temporary file.
     */
    static void writeAndMove(Path target, String kind, Content content) throws IOException {
        Path folder = target.getParent();
        Path temp = Files.createTempFile(folder, PREFIX + kind + "-", SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            OutputStream out = Channels.newOutputStream(channel);
            content.writeTo(out);
            out.flush();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the temporary files in {@code folder} that no live process is writing (a writer killed between
     * creating and moving one). Returns how many it deleted.
     */
    static int sweep(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int deleted = 0;
        Instant youngest = Instant.now().minus(GRACE);
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(youngest) && deleteIfAbandoned(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean deleteIfAbandoned(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return false;   // another process is writing it
            }
            return Files.deleteIfExists(file);
        } catch (OverlappingFileLockException writtenByThisProcess) {
            return false;
        } catch (NoSuchFileException movedMeanwhile) {
            return false;
        }
    }
}
