package io.onboarding.cli;

import io.onboarding.domain.testing.TestApplications;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sample packages and recorded AWS answers, as files in a test's folder. */
public final class Fixtures {
    public static final String APPROVED = TestApplications.SAMPLE_APPROVED;
    public static final String DETAILS_MISMATCH = TestApplications.SAMPLE_DETAILS_MISMATCH;
    public static final String FACE_MISMATCH = TestApplications.SAMPLE_FACE_MISMATCH;

    public static final String FACES_MATCH = "rekognition/compare-faces-licence-portrait-matches.json";
    public static final String FACES_DIFFERENT = "rekognition/compare-faces-different-person.json";
    public static final String SAMPLE_LICENCE = "textract/analyze-id-sample-licence.json";

    private Fixtures() {
    }

    /** Writes sample package {@code id} to {@code folder/<id>.zip}. */
    public static Path sample(Path folder, String id) {
        return write(folder.resolve(id + ".zip"), TestApplications.samplePackage(id));
    }

    /** Writes sample package {@code id} under another application id, its entries renamed to match. */
    public static Path sampleAs(Path folder, String id, String newId) {
        return write(folder.resolve(newId + ".zip"), TestApplications.samplePackageAs(id, newId));
    }

    /** Copies a recorded answer from the AWS adapters' test resources ({@code /recorded/...}) to a file. */
    public static Path recorded(Path folder, String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/recorded/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no recorded answer " + name + " on the test classpath");
            }
            return write(folder.resolve(name.replace('/', '-')), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
