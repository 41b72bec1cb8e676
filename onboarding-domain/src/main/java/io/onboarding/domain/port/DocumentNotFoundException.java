package io.onboarding.domain.port;

/** The document store has no object under the requested key (or version). Not retryable. */
public class DocumentNotFoundException extends DependencyException {
    private static final long serialVersionUID = 1L;

    public DocumentNotFoundException(String dependency, String key, Throwable cause) {
        super(dependency, "no document at key " + key, cause);
    }
}
