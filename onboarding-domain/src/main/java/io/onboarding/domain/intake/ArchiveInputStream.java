package io.onboarding.domain.intake;

import io.onboarding.domain.model.RefusalReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The caller's zip stream as {@link java.util.zip.ZipInputStream} sees it: counts every archive byte handed out,
 * refuses the package as soon as more than the archive limit has been read, and keeps the most recent bytes so
 * that the local file header of the entry being opened can be looked at again. Closing it leaves the caller's
 * stream open. I/O failures of the caller's stream become {@link UncheckedIOException}s, so that they can never be
 * mistaken for a damaged archive.
 */
final class ArchiveInputStream extends InputStream {
    /** Fixed part of a zip local file header. */
    static final int LOCAL_HEADER_LENGTH = 30;
    /** Longest entry name whose header we look for; longer names are never one of the expected names anyway. */
    static final int MAX_INSPECTED_NAME_LENGTH = 1024;
    /**
     * How far the zip reader may have read past the header it is parsing: it reads ahead through a 512-byte
     * pushback buffer; the margin covers a larger buffer in another JDK.
     */
    private static final int READ_AHEAD_SLACK = 8 * 1024;
    private static final int LOCAL_HEADER_SIGNATURE = 0x04034b50;

    private final InputStream in;
    private final long maxBytes;
    private final byte[] recent = new byte[LOCAL_HEADER_LENGTH + MAX_INSPECTED_NAME_LENGTH + READ_AHEAD_SLACK];
    private long count;

    ArchiveInputStream(InputStream in, long maxBytes) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxBytes = maxBytes;
    }

    /** Archive bytes read so far. */
    long count() {
        return count;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        // never ask for more than one byte past the limit: that byte is the proof the archive is too large
        int allowed = (int) Math.min(len, maxBytes - count + 1);
        int n;
        try {
            n = in.read(b, off, allowed);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the package stream failed", e);
        }
        if (n > 0) {
            remember(b, off, n);
            count += n;
            if (count > maxBytes) {
                throw new PackageRefusedException(RefusalReason.PACKAGE_TOO_LARGE,
                        "the archive is larger than " + maxBytes + " bytes");
            }
        }
        return n;
    }

    /** Does nothing: the caller owns the stream. */
    @Override
    public void close() {
        // the caller opened the stream, so the caller closes it
    }

    /**
     * The general-purpose flags of the local file header that has just been read for an entry with this (encoded)
     * name, or empty when it cannot be found among the recent bytes. The header ends at most a read-ahead's length
     * before the current position, and is recognised by its signature, name length and name.
     */
    OptionalInt localHeaderFlags(byte[] name) {
        if (name.length > MAX_INSPECTED_NAME_LENGTH) {
            return OptionalInt.empty();
        }
        long latestStart = count - LOCAL_HEADER_LENGTH - name.length;
        long earliestStart = Math.max(Math.max(0, count - recent.length), latestStart - READ_AHEAD_SLACK);
        for (long start = latestStart; start >= earliestStart; start--) {
            if (isLocalHeaderFor(start, name)) {
                return OptionalInt.of(u16(start + 6));
            }
        }
        return OptionalInt.empty();
    }

    private boolean isLocalHeaderFor(long start, byte[] name) {
        if (u16(start) != (LOCAL_HEADER_SIGNATURE & 0xFFFF) || u16(start + 2) != LOCAL_HEADER_SIGNATURE >>> 16
                || u16(start + 26) != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (byteAt(start + LOCAL_HEADER_LENGTH + i) != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Little-endian, as zip headers are. */
    private int u16(long position) {
        return (byteAt(position) & 0xFF) | (byteAt(position + 1) & 0xFF) << 8;
    }

    private byte byteAt(long position) {
        return recent[(int) (position % recent.length)];
    }

    private void remember(byte[] b, int off, int n) {
        int from = off + Math.max(0, n - recent.length);
        long position = count + (from - off);
        int remaining = off + n - from;
        while (remaining > 0) {
            int at = (int) (position % recent.length);
            int chunk = Math.min(remaining, recent.length - at);
            System.arraycopy(b, from, recent, at, chunk);
            from += chunk;
            position += chunk;
            remaining -= chunk;
        }
    }
}
