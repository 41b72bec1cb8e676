package io.onboarding.domain.usecase;

import io.onboarding.domain.port.TransientDependencyException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns I/O failures of the document store's stream into {@link TransientDependencyException}s, so that a dropped
 * download can never be mistaken by intake for a damaged package.
 */
final class DependencyAwareInputStream extends FilterInputStream {
    DependencyAwareInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() {
        try {
            return super.read();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public long skip(long n) {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static TransientDependencyException failure(IOException e) {
        return new TransientDependencyException("document-store", "reading the package failed", e);
    }
}
