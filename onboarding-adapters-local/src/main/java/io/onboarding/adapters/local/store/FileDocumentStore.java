package io.onboarding.adapters.local.store;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentNotFoundException;
import io.onboarding.domain.port.DocumentStore;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * {@link DocumentStore} on the local file system, in the S3 bucket's layout under a work directory: each input zip
 * is copied to {@code zipped/<file name>} and the accepted files go to {@code unzipped/<name>}. Writes nothing
 * outside the work directory (every write goes to a locked temporary file in the target folder, then is moved into
 * place; opening the store deletes those a killed run left behind, see {@link TemporaryFiles}),
 * deletes nothing outside it (a purge removes one application's copy and files), and only reads the input zips.
 * Also reads stored documents back for the engines ({@link DocumentBytes}).
 */
public final class FileDocumentStore implements DocumentStore, DocumentBytes {
    static final String DEPENDENCY = "local-store";
    private static final String ZIPPED = "zipped";
    private static final String UNZIPPED = "unzipped";
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;
    private final Path zipped;
    private final Path unzipped;
    private final long maxCopyBytes;

    /**
     * @param workDir      the work directory; created if missing
     * @param maxCopyBytes the copy of an input zip stops after this many bytes (the package is hashed in full):
     *                     intake refuses anything larger than its own limit, so a huge file is never duplicated
     */
    public FileDocumentStore(Path workDir, long maxCopyBytes) {
        if (maxCopyBytes < 1) {
            throw new IllegalArgumentException("maxCopyBytes must be positive");
        }
        this.root = Objects.requireNonNull(workDir, "workDir").toAbsolutePath().normalize();
        this.zipped = root.resolve(ZIPPED);
        this.unzipped = root.resolve(UNZIPPED);
        this.maxCopyBytes = maxCopyBytes;
        try {
            Files.createDirectories(zipped);
            Files.createDirectories(unzipped);
            TemporaryFiles.sweep(zipped);     // what a killed run left half-written
            TemporaryFiles.sweep(unzipped);
        } catch (IOException e) {
            throw new DependencyException(DEPENDENCY, "cannot create the work directory's folders", e);
        }
    }

    /**
     * Imports an input zip and returns its package reference: key {@code zipped/<file name>}, version the SHA-256 of
     * the whole file (hex). A file named {@code <app_uuid>.zip} is copied to {@code zipped/}; any other name is only
     * hashed, because the use case refuses it by its name without opening it. The input is only read.
     *
     * @throws IOException         when the input cannot be read
     * @throws DependencyException when the copy cannot be written into the work directory
     */
    public PackageRef importPackage(Path input) throws IOException {
        try {
            return copyIn(input);
        } catch (FileSystemException e) {
            if (e.getFile() != null && !input.equals(Path.of(e.getFile()))) {
                throw new DependencyException(DEPENDENCY, "cannot write " + ZIPPED + "/ in the work directory ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            throw e;
        }
    }

    /** The package key an input file is imported under: {@code zipped/<file name>}. */
    public static String keyOf(Path input) {
        return ZIPPED + "/" + Objects.requireNonNull(input, "input").getFileName();
    }

    private PackageRef copyIn(Path input) throws IOException {
        String fileName = input.getFileName().toString();
        String key = keyOf(input);
        MessageDigest sha256 = sha256();
        boolean addressable = new PackageRef(key, "unknown").applicationId().isPresent();
        if (!addressable) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(input), sha256)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new PackageRef(key, HexFormat.of().formatHex(sha256.digest()));
        }
        Path target = inside(zipped, fileName);
        TemporaryFiles.writeAndMove(target, "import", out -> {
            try (InputStream in = new DigestInputStream(Files.newInputStream(input), sha256)) {
                byte[] buffer = new byte[BUFFER_SIZE];
                long copied = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    int keep = (int) Math.max(0, Math.min(n, maxCopyBytes - copied));
                    out.write(buffer, 0, keep);
                    copied += keep;
                }
            }
        });
        return new PackageRef(key, HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public InputStream openPackage(PackageRef ref) {
        Path file = resolve(ref.key(), ZIPPED);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DocumentNotFoundException(DEPENDENCY, ref.key(), e);
        } catch (IOException e) {
            throw new TransientDependencyException(DEPENDENCY, "opening a package failed", e);
        }
    }

    /**
     * Deletes {@code zipped/<id>.zip} and each of {@code documents} (keys {@code unzipped/<name>}); a file already
     * gone is skipped. Every key is checked before anything is deleted, and a folder that leads out of the work
     * directory (a symbolic link) is refused, so a purge deletes nothing outside it. The work directory keeps one
     * version of each file, so deleting the file deletes every version.
     *
     * @throws IllegalArgumentException when a document's key is not a file under {@code unzipped/}
     * @throws DependencyException      when a folder leads out of the work directory
     */
    @Override
    public void purge(ApplicationId id, List<DocumentRef> documents) {
        Objects.requireNonNull(id, "id");
        var files = new ArrayList<Path>(documents.size() + 1);
        files.add(inside(zipped, id.value() + PackageRef.SUFFIX));
        for (DocumentRef document : documents) {
            String prefix = UNZIPPED + "/";
            if (!document.key().startsWith(prefix)) {
                throw new IllegalArgumentException("a stored document's key starts with " + prefix);
            }
            files.add(inside(unzipped, document.key().substring(prefix.length())));
        }
        try {
            Path realRoot = root.toRealPath();
            for (Path folder : List.of(zipped, unzipped)) {
                if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)
                        && !realRoot.equals(folder.toRealPath().getParent())) {
                    throw new DependencyException(DEPENDENCY, "the work directory's " + folder.getFileName()
                            + "/ leads out of it: nothing purged");
                }
            }
            for (Path file : files) {
                Files.deleteIfExists(file);   // a symbolic link is deleted itself, never its target
            }
        } catch (NoSuchFileException e) {
            // the work directory or a folder is gone, and with it what was to be deleted
        } catch (IOException e) {
            throw new TransientDependencyException(DEPENDENCY, "purging the documents of " + id + " failed", e);
        }
    }

    @Override
    public DocumentRef storeDocument(String name, String contentType, byte[] content) {
        Objects.requireNonNull(contentType, "contentType");
        Path target = inside(unzipped, name);
        try {
            TemporaryFiles.writeAndMove(target, "store", out -> out.write(content));
        } catch (IOException e) {
            throw new TransientDependencyException(DEPENDENCY, "storing a document failed", e);
        }
        return new DocumentRef(UNZIPPED + "/" + name);
    }

    @Override
    public byte[] read(DocumentRef ref) {
        Path file = resolve(ref.key(), UNZIPPED);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentNotFoundException(DEPENDENCY, ref.key(), e);
        } catch (IOException e) {
            throw new TransientDependencyException(DEPENDENCY, "reading a stored document failed", e);
        }
    }

    /** The work directory (absolute). */
    public Path root() {
        return root;
    }

    private Path resolve(String key, String folder) {
        String prefix = folder + "/";
        if (!key.startsWith(prefix)) {
            throw new DocumentNotFoundException(DEPENDENCY, key, null);
        }
        return inside(folder.equals(ZIPPED) ? zipped : unzipped, key.substring(prefix.length()));
    }

    /** {@code folder/name}, refusing any name that is not a plain file name inside {@code folder}. */
    private static Path inside(Path folder, String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")
                || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a plain file name (" + name.length() + " characters)");
        }
        Path path = folder.resolve(name).normalize();
        if (!folder.equals(path.getParent())) {
            throw new IllegalArgumentException("a stored name must stay inside its folder");
        }
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
