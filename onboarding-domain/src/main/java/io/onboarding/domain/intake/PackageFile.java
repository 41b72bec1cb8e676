package io.onboarding.domain.intake;

import java.util.Arrays;
import java.util.Objects;

/** One accepted file of a package: the name it will be stored under, its type and its bytes. Prints no content. */
public final class PackageFile {
    private final String name;
    private final DocumentType type;
    private final byte[] content;

    public PackageFile(String name, DocumentType type, byte[] content) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.content = Objects.requireNonNull(content, "content").clone();
    }

    public String name() {
        return name;
    }

    public DocumentType type() {
        return type;
    }

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackageFile that && name.equals(that.name) && type == that.type
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "PackageFile[" + name + ", " + type + ", " + content.length + " bytes]";
    }
}
