package io.onboarding.adapters.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryFilesTest {
    @TempDir
    Path work;

    /** A temporary file as a writer killed between creating it and moving it into place leaves it. */
    private Path abandoned(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.writeString(folder.resolve(name), "half a zip");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
        return file;
    }

    @Test
    void openingTheStoresDeletesWhatAKilledRunLeftHalfWritten() throws IOException {
        Path importing = abandoned(work.resolve("zipped"), ".import-123.tmp");
        Path storing = abandoned(work.resolve("unzipped"), ".store-456.tmp");
        Path saving = abandoned(work.resolve("records"), ".save-789.tmp");
        Path aPackage = Files.writeString(work.resolve("zipped/8d247914.zip"), "zip");

        new FileDocumentStore(work, 1024);
        new FileApplicationRepository(work);

        assertThat(importing).doesNotExist();
        assertThat(storing).doesNotExist();
        assertThat(saving).doesNotExist();
        assertThat(aPackage).exists();
    }

    @Test
    void aFileJustCreatedIsLeftToItsWriter() throws IOException {
        Path young = Files.writeString(Files.createDirectories(work.resolve("zipped")).resolve(".import-1.tmp"), "x");

        assertThat(TemporaryFiles.sweep(work.resolve("zipped"))).isZero();
        assertThat(young).exists();
    }

    @Test
    void aFileAnotherLiveProcessIsWritingIsLeftAlone() throws Exception {
        Path writing = abandoned(work.resolve("zipped"), ".import-2.tmp");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), writing.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            assertThat(TemporaryFiles.sweep(work.resolve("zipped"))).isZero();
            assertThat(writing).exists();
        } finally {
            holder.getOutputStream().close();   // the holder exits when its standard input ends
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        assertThat(TemporaryFiles.sweep(work.resolve("zipped"))).as("once its writer is gone").isEqualTo(1);
        assertThat(writing).doesNotExist();
    }

    @Test
    void aWriteMovesItsFileIntoPlaceAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.createDirectories(work.resolve("unzipped")).resolve("8d247914_details.csv");

        TemporaryFiles.writeAndMove(target, "store", out -> out.write(new byte[] {1, 2, 3}));

        assertThat(target).hasBinaryContent(new byte[] {1, 2, 3});
        try (var left = Files.list(work.resolve("unzipped"))) {
            assertThat(left).containsExactly(target);
        }
    }

    /** Locks the file named by its argument, says so, and holds the lock until its standard input ends. */
    static final class LockHolder {
        public static void main(String[] args) throws IOException {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                 var lock = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                System.in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
    }
}
