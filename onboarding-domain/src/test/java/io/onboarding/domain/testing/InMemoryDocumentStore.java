package io.onboarding.domain.testing;

import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DocumentNotFoundException;
import io.onboarding.domain.port.DocumentStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Packages and stored documents in maps. Can simulate a download that breaks after some bytes. */
public final class InMemoryDocumentStore implements DocumentStore {
    /** A stored document: its content type and bytes. */
    public record Stored(String contentType, byte[] content) {
    }

    private final Map<String, byte[]> packages = new TreeMap<>();
    private final Map<String, Stored> documents = new TreeMap<>();
    private int breakAfterBytes = -1;
    private int storeCalls;
    private RuntimeException storeFailure;
    private int purgeCalls;
    private RuntimeException purgeFailure;

    public synchronized InMemoryDocumentStore withPackage(PackageRef ref, byte[] zip) {
        packages.put(ref.key() + "@" + ref.sourceVersion(), zip.clone());
        return this;
    }

    /** The next package downloads fail with an I/O error after {@code bytes} bytes. */
    public synchronized InMemoryDocumentStore breakingDownloadsAfter(int bytes) {
        this.breakAfterBytes = bytes;
        return this;
    }

    /** Every store call from now on throws {@code failure}. */
    public synchronized InMemoryDocumentStore failingToStoreWith(RuntimeException failure) {
        this.storeFailure = failure;
        return this;
    }

    /** The package goes away, as if deleted between its upload event and its processing. */
    public synchronized InMemoryDocumentStore withoutPackage(PackageRef ref) {
        packages.remove(ref.key() + "@" + ref.sourceVersion());
        return this;
    }

    @Override
    public synchronized InputStream openPackage(PackageRef ref) {
        byte[] zip = packages.get(ref.key() + "@" + ref.sourceVersion());
        if (zip == null) {
            throw new DocumentNotFoundException("in-memory", ref.key(), null);
        }
        if (breakAfterBytes >= 0) {
            return new BreakingStream(zip, breakAfterBytes);
        }
        return new ByteArrayInputStream(zip);
    }

    @Override
    public synchronized DocumentRef storeDocument(String name, String contentType, byte[] content) {
        storeCalls++;
        if (storeFailure != null) {
            throw storeFailure;
        }
        DocumentRef ref = new DocumentRef("unzipped/" + name);
        documents.put(ref.key(), new Stored(contentType, content.clone()));
        return ref;
    }

    @Override
    public synchronized void purge(ApplicationId id, List<DocumentRef> refs) {
        purgeCalls++;
        if (purgeFailure != null) {
            throw purgeFailure;
        }
        packages.keySet().removeIf(key -> key.startsWith("zipped/" + id.value() + ".zip@"));
        refs.forEach(ref -> documents.remove(ref.key()));
    }

    /** Every purge from now on throws {@code failure}. */
    public synchronized InMemoryDocumentStore failingToPurgeWith(RuntimeException failure) {
        this.purgeFailure = failure;
        return this;
    }

    public synchronized int purgeCalls() {
        return purgeCalls;
    }

    /** The keys of the packages held, each with its version ({@code key@version}). */
    public synchronized Set<String> packageKeys() {
        return Set.copyOf(packages.keySet());
    }

    public synchronized Set<String> storedKeys() {
        return Set.copyOf(documents.keySet());
    }

    public synchronized Stored stored(String key) {
        Stored stored = documents.get(key);
        if (stored == null) {
            throw new AssertionError("nothing stored at " + key);
        }
        return stored;
    }

    public synchronized int storeCalls() {
        return storeCalls;
    }

    private static final class BreakingStream extends InputStream {
        private final byte[] bytes;
        private final int limit;
        private int pos;

        BreakingStream(byte[] bytes, int limit) {
            this.bytes = bytes;
            this.limit = Math.min(limit, bytes.length);
        }

        @Override
        public int read() throws IOException {
            if (pos >= limit) {
                throw new IOException("connection reset");
            }
            return bytes[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos >= limit) {
                throw new IOException("connection reset");
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
