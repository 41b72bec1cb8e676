package io.onboarding.adapters.local.face;

import io.onboarding.domain.port.DependencyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled Haar cascade ({@code engines/haarcascade_frontalface_alt2.xml}, OpenCV's frontal face detector by
 * Rainer Lienhart, Intel licence). OpenCV parses it from memory, so no file is extracted; the text is read from
 * the classpath once per JVM.
 */
final class Cascade {
    static final String RESOURCE = "/engines/haarcascade_frontalface_alt2.xml";

    private static String xml;

    private Cascade() {
    }

    static synchronized String xml() {
        if (xml == null) {
            try (InputStream in = Cascade.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new DependencyException(OpenCvFaceComparator.DEPENDENCY,
                            "bundled cascade " + RESOURCE + " is missing");
                }
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return xml;
    }
}
