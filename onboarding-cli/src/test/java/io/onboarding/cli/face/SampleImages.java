package io.onboarding.cli.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Images of the sample packages, read straight from the zips in {@code UnitTests/} (not copied into the module). */
final class SampleImages {
    static final String APPROVED = "8d247914";
    static final String DETAILS_MISMATCH = "7a135804";
    static final String FACE_MISMATCH = "9c358026";

    private static final Path SAMPLES = Path.of("..", "UnitTests");

    private SampleImages() {
    }

    static byte[] licence(String uuid) {
        return entry(uuid, uuid + "_license.png");
    }

    static byte[] selfie(String uuid) {
        return entry(uuid, uuid + "_selfie.png");
    }

    private static byte[] entry(String uuid, String name) {
        try (ZipFile zip = new ZipFile(SAMPLES.resolve(uuid + ".zip").toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IllegalStateException(name + " is not in " + uuid + ".zip");
            }
            return zip.getInputStream(entry).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
