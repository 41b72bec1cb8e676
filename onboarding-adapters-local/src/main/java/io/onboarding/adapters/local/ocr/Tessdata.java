package io.onboarding.adapters.local.ocr;

import io.onboarding.domain.port.DependencyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled English model ({@code engines/eng.traineddata}, tessdata_fast, Apache-2.0). Tesseract reads models
 * from a directory only, so the first call copies it out of the classpath into a temporary directory, once per
 * JVM; both are deleted when the JVM exits.
 */
final class Tessdata {
    static final String RESOURCE = "/engines/eng.traineddata";

    private static Path directory;

    private Tessdata() {
    }

    static synchronized Path directory() {
        if (directory == null) {
            directory = extract();
        }
        return directory;
    }

    private static Path extract() {
        try (InputStream model = Tessdata.class.getResourceAsStream(RESOURCE)) {
            if (model == null) {
                throw new DependencyException(TesseractEngine.DEPENDENCY, "bundled model " + RESOURCE + " is missing");
            }
            Path dir = Files.createTempDirectory("onboarding-tessdata-");
            dir.toFile().deleteOnExit();   // registered first, so deleted last, after the file in it
            Path file = dir.resolve("eng.traineddata");
            file.toFile().deleteOnExit();
            Files.copy(model, file);
            return dir;
        } catch (IOException e) {
            throw new DependencyException(TesseractEngine.DEPENDENCY, "could not extract the bundled model", e);
        }
    }
}
