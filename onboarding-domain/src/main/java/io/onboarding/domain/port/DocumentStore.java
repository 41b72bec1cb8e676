package io.onboarding.domain.port;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import java.io.InputStream;
import java.util.List;

/**
 * Where uploaded packages arrive ({@code zipped/}) and where their accepted files are kept ({@code unzipped/}).
 * Failures are {@link DependencyException}s; a missing object is a {@link DocumentNotFoundException}.
 */
public interface DocumentStore {
    /** Opens the uploaded package (at its version, where the store keeps versions). The caller closes it. */
    InputStream openPackage(PackageRef ref);

    /**
     * Stores one accepted file under {@code unzipped/<name>} with the given content type and returns its reference.
     * Writing the same name again replaces it, so a retried step is harmless.
     */
    DocumentRef storeDocument(String name, String contentType, byte[] content);

    /**
     * Deletes, at once and for good, every stored version of the package uploaded for {@code id} (its
     * {@code zipped/<id>.zip}) and of each of {@code documents}. What is already gone is not an error, so a repeated
     * purge is harmless.
     */
    void purge(ApplicationId id, List<DocumentRef> documents);
}
