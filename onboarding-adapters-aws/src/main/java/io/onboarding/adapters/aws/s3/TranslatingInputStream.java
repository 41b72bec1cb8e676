package io.onboarding.adapters.aws.s3;

import io.onboarding.domain.port.TransientDependencyException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * An S3 download whose SDK failures while streaming (a checksum mismatch, a dropped connection reported by the
 * SDK) surface as {@link TransientDependencyException}s: a download that broke half-way is worth retrying, and must
 * never look like a damaged package. Plain {@link IOException}s pass through for the caller to handle.
 */
final class TranslatingInputStream extends FilterInputStream {
    private final String key;

    TranslatingInputStream(InputStream in, String key) {
        super(in);
        this.key = key;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    private TransientDependencyException failure(SdkException e) {
        return new TransientDependencyException(S3DocumentStore.DEPENDENCY,
                "reading " + key + " failed: " + e.getClass().getSimpleName(), e);
    }
}
