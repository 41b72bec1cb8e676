package io.onboarding.adapters.local.testing;

import io.onboarding.domain.testing.TestApplications;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The images of the sample packages, read from the zips the domain's test-jar carries. */
public final class SampleImages {
    public static final String APPROVED = TestApplications.SAMPLE_APPROVED;
    public static final String DETAILS_MISMATCH = TestApplications.SAMPLE_DETAILS_MISMATCH;
    public static final String FACE_MISMATCH = TestApplications.SAMPLE_FACE_MISMATCH;

    private SampleImages() {
    }

    public static byte[] licence(String uuid) {
        return entry(uuid, uuid + "_license.png");
    }

    public static byte[] selfie(String uuid) {
        return entry(uuid, uuid + "_selfie.png");
    }

    private static byte[] entry(String uuid, String name) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(TestApplications.samplePackage(uuid)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
            throw new IllegalStateException(name + " is not in " + uuid + ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
