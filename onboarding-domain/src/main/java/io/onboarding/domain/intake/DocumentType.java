package io.onboarding.domain.intake;

/** The content type of a package file, decided from its bytes, not its name. */
public enum DocumentType {
    CSV("text/csv; charset=utf-8", "csv"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String contentType;
    private final String extension;

    DocumentType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
