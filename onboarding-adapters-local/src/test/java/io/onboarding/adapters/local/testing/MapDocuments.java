package io.onboarding.adapters.local.testing;

import io.onboarding.adapters.local.store.DocumentBytes;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.port.DocumentNotFoundException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Documents held in memory under their keys, for the engines to read. */
public final class MapDocuments implements DocumentBytes {
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();

    public MapDocuments with(String key, byte[] bytes) {
        documents.put(key, bytes);
        return this;
    }

    public DocumentRef ref(String key) {
        return new DocumentRef(key);
    }

    @Override
    public byte[] read(DocumentRef ref) {
        byte[] bytes = documents.get(ref.key());
        if (bytes == null) {
            throw new DocumentNotFoundException("memory", ref.key(), null);
        }
        return bytes;
    }
}
