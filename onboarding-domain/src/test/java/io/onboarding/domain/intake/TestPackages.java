package io.onboarding.domain.intake;

import io.onboarding.domain.model.ApplicationId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds packages, images and CSVs for intake tests, hostile ones included. Everything stays in memory. */
final class TestPackages {
    static final ApplicationId ID = ApplicationId.of("8d247914");
    static final String DETAILS = ID + "_details.csv";
    static final String SELFIE = ID + "_selfie.png";
    static final String LICENSE = ID + "_license.png";

    static final String HEADER = "FIRST_NAME,LAST_NAME,CITY_IN_ADDRESS,ZIP_CODE_IN_ADDRESS,STATE_IN_ADDRESS,"
            + "DOCUMENT_NUMBER,DATE_OF_BIRTH,ADDRESS";
    static final String ROW = "NICK,SAMPLE,TALLAHASSEE,000001234,FL,S123456579010,01/12/1957,123 MAIN STREET";
    static final String CSV = HEADER + "\r\n" + ROW + "\r\n";

    private TestPackages() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv() {
        return utf8(CSV);
    }

    /**
     * A PNG signature, an IHDR chunk declaring these dimensions (8-bit RGB), one IDAT chunk and IEND. The IDAT holds
     * a short zlib stream, not the image's rows: intake checks structure and never decompresses.
     */
    static byte[] png(long width, long height) {
        return pngOf(ihdr(width, height), chunk("IDAT", hex("78 9C 63 00 00 00 01 00 01")));
    }

    /** The 13 bytes of an IHDR chunk: these dimensions, 8-bit RGB, no interlace. */
    static byte[] ihdr(long width, long height) {
        return ByteBuffer.allocate(13).putInt((int) width).putInt((int) height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
    }

    /** The PNG signature, an IHDR chunk with {@code ihdr}, the given chunks, then IEND. */
    static byte[] pngOf(byte[] ihdr, byte[]... chunks) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ihdr));
        for (byte[] c : chunks) {
            out.writeBytes(c);
        }
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    static byte[] png() {
        return png(640, 480);
    }

    /**
     * SOI, a JFIF APP0 segment, a baseline SOF0 frame header with these dimensions, one scan of a few entropy-coded
     * bytes, then EOI: the structure intake checks, not a picture.
     */
    static byte[] jpeg(int width, int height) {
        return jpegOf(width, height, 0xC0, scan());
    }

    /** A JPEG as {@link #jpeg(int, int)} with the frame marker {@code sof} and the given segments after it. */
    static byte[] jpegOf(int width, int height, int sof, byte[]... afterFrame) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(hex("FFD8"));
        out.writeBytes(hex("FFE0 0010 4A46494600 0101 00 0001 0001 0000"));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) sof});
        out.writeBytes(hex("0011 08"));
        out.writeBytes(new byte[] {(byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width});
        out.writeBytes(hex("03 012200 021101 031101"));
        for (byte[] segment : afterFrame) {
            out.writeBytes(segment);
        }
        out.writeBytes(hex("FFD9"));
        return out.toByteArray();
    }

    /** A scan header for three components followed by entropy-coded bytes (a stuffed FF 00 and a restart marker). */
    static byte[] scan() {
        return hex("FFDA 000C 03 0100 0211 0311 00 3F 00  12 34 FF 00 56 FF D0 78");
    }

    static byte[] jpeg() {
        return jpeg(640, 480);
    }

    /** The bytes followed by incompressible padding, so compression ratios stay near 1. */
    static byte[] padded(byte[] start, int totalLength) {
        byte[] result = Arrays.copyOf(start, totalLength);
        byte[] noise = new byte[totalLength - start.length];
        new Random(42).nextBytes(noise);
        System.arraycopy(noise, 0, result, start.length, noise.length);
        return result;
    }

    static byte[] hex(String spaced) {
        String digits = spaced.replace(" ", "");
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    /** A valid package: details, selfie and licence under the canonical names. */
    static byte[] validZip() {
        return zip().add(DETAILS, csv()).add(SELFIE, png()).add(LICENSE, png(1920, 1080)).bytes();
    }

    static Zip zip() {
        return new Zip();
    }

    static RawZip rawZip() {
        return new RawZip();
    }

    /** Sets bit 0 (encrypted) of the general-purpose flags in the local header of the named entry. */
    static byte[] withEncryptedFlag(byte[] zip, String entryName) {
        byte[] name = utf8(entryName);
        byte[] patched = zip.clone();
        for (int at = 0; at + 30 + name.length <= patched.length; at++) {
            if (patched[at] == 'P' && patched[at + 1] == 'K' && patched[at + 2] == 3 && patched[at + 3] == 4
                    && Arrays.equals(patched, at + 30, at + 30 + name.length, name, 0, name.length)) {
                patched[at + 6] |= 1;
                return patched;
            }
        }
        throw new IllegalArgumentException("no local header for that entry");
    }

    static Limits limits() {
        return new Limits();
    }

    /** {@link PackageLimits#defaults()} with fluent overrides. */
    static final class Limits {
        private static final long MB = 1024L * 1024L;
        private long archive = 30 * MB;
        private int entries = 8;
        private long csv = 64 * 1024;
        private long selfie = 15 * MB;
        private long license = 10 * MB;
        private long total = 26 * MB;
        private int ratio = 100;
        private long ratioFloor = MB;
        private int side = 10_000;
        private long pixels = 50_000_000L;
        private int minSide = 80;
        private int aspect = 4;

        Limits archive(long bytes) {
            archive = bytes;
            return this;
        }

        Limits entries(int count) {
            entries = count;
            return this;
        }

        Limits entrySizes(long csvBytes, long selfieBytes, long licenseBytes) {
            csv = csvBytes;
            selfie = selfieBytes;
            license = licenseBytes;
            return this;
        }

        Limits total(long bytes) {
            total = bytes;
            return this;
        }

        Limits ratio(int maxRatio, long floorBytes) {
            ratio = maxRatio;
            ratioFloor = floorBytes;
            return this;
        }

        Limits image(int maxSide, long maxPixels) {
            side = maxSide;
            pixels = maxPixels;
            return this;
        }

        Limits shape(int smallestSide, int largestAspectRatio) {
            minSide = smallestSide;
            aspect = largestAspectRatio;
            return this;
        }

        PackageLimits get() {
            return new PackageLimits(archive, entries, csv, selfie, license, total, ratio, ratioFloor, side, pixels,
                    minSide, aspect);
        }
    }

    /** Builds a zip with {@link ZipOutputStream}: deflated entries (with data descriptors) unless stored. */
    static final class Zip {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

        Zip add(String name, byte[] content) {
            try {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Zip addStored(String name, byte[] content) {
            var entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc(content));
            try {
                out.putNextEntry(entry);
                out.write(content);
                out.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Zip addFolder(String name) {
            return add(name, new byte[0]);
        }

        /** An entry of {@code length} zero bytes, written in chunks so the test never holds them all. */
        Zip addZeros(String name, long length) {
            byte[] zeros = new byte[64 * 1024];
            try {
                out.putNextEntry(new ZipEntry(name));
                for (long left = length; left > 0; left -= zeros.length) {
                    out.write(zeros, 0, (int) Math.min(zeros.length, left));
                }
                out.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        byte[] bytes() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    /**
     * Hand-written stored entries, local headers only: what {@link ZipOutputStream} refuses to write (duplicate
     * names, arbitrary flags, wrong checksums, names that are not UTF-8). {@link java.util.zip.ZipInputStream} reads
     * local headers only, so no central directory is needed.
     */
    static final class RawZip {
        private final List<byte[]> parts = new ArrayList<>();

        RawZip stored(String name, byte[] content) {
            return entry(utf8(name), 0, content, crc(content));
        }

        RawZip entry(byte[] name, int flags, byte[] content, long crc) {
            var header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(0x04034b50).putShort((short) 20).putShort((short) flags).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0x21)
                    .putInt((int) crc).putInt(content.length).putInt(content.length)
                    .putShort((short) name.length).putShort((short) 0);
            parts.add(header.array());
            parts.add(name);
            parts.add(content);
            return this;
        }

        byte[] bytes() {
            var out = new ByteArrayOutputStream();
            parts.forEach(out::writeBytes);
            return out.toByteArray();
        }
    }

    /** Counts what the reader takes from it, and whether it was closed. */
    static final class CountingStream extends InputStream {
        private final InputStream in;
        private long consumed;
        private boolean closed;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b != -1) {
                consumed++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                consumed += n;
            }
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }

        long consumed() {
            return consumed;
        }

        boolean closed() {
            return closed;
        }
    }

    static long crc(byte[] content) {
        var crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    /** One PNG chunk: length, type, data and a correct CRC. */
    static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
