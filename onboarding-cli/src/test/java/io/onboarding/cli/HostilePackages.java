package io.onboarding.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds the zips, CSVs and images that intake refuses, for {@link RefusedPackagesIT}. */
final class HostilePackages {
    static final String HEADER = "FIRST_NAME,LAST_NAME,CITY_IN_ADDRESS,ZIP_CODE_IN_ADDRESS,STATE_IN_ADDRESS,"
            + "DOCUMENT_NUMBER,DATE_OF_BIRTH,ADDRESS\r\n";
    static final String ROW = "NICK,SAMPLE,TALLAHASSEE,000001234,FL,S123456579010,01/12/1957,123 MAIN STREET\r\n";

    private static final long MB = 1024L * 1024L;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    /** A non-final deflate block of type "stored" with no data: five archive bytes that inflate to nothing. */
    private static final byte[] EMPTY_BLOCK = {0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private HostilePackages() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip written by {@link ZipOutputStream}, entries deflated and in name order (details, licence, selfie). */
    static byte[] zip(Map<String, byte[]> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> entries(byte[] zip) {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * Stored entries as local headers only, with the given general-purpose flags: what {@link ZipOutputStream}
     * refuses to write (the same name twice, the encryption bit). {@link ZipInputStream} needs no central directory.
     */
    @SafeVarargs
    static byte[] rawZip(int flags, Map.Entry<String, byte[]>... entries) {
        var out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> entry : entries) {
            byte[] content = entry.getValue();
            out.writeBytes(localHeader(utf8(entry.getKey()), flags, STORED, content.length, content));
            out.writeBytes(content);
        }
        return out.toByteArray();
    }

    /**
     * A PNG signature, an IHDR chunk declaring these dimensions (8-bit RGB), one IDAT chunk and IEND: the structure
     * intake checks. The IDAT holds a short zlib stream, not the image's rows, so a decoder would fail on it.
     */
    static byte[] png(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8)
                .put((byte) 2).array()));
        out.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0, 0, 0, 1, 0, 1}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /**
     * Writes a zip of more than {@code archiveMegabytes} whose one entry inflates to a small, valid {@code content}:
     * its deflate stream is mostly empty stored blocks. Neither an entry limit nor the compression ratio stops it, so
     * only the archive size limit can. Streams to disk in 64 KB writes.
     */
    static Path writeOversizedArchive(Path file, String name, byte[] content, int archiveMegabytes) {
        if (content.length > 0xFFFF) {
            throw new IllegalArgumentException("one stored deflate block holds at most 65535 bytes");
        }
        long emptyBlocks = archiveMegabytes * MB / EMPTY_BLOCK.length + 1;
        byte[] finalBlock = ByteBuffer.allocate(5 + content.length).order(ByteOrder.LITTLE_ENDIAN).put((byte) 1)
                .putShort((short) content.length).putShort((short) ~content.length).put(content).array();
        long compressed = emptyBlocks * EMPTY_BLOCK.length + finalBlock.length;
        byte[] run = new byte[EMPTY_BLOCK.length * 13_107];
        for (int at = 0; at < run.length; at += EMPTY_BLOCK.length) {
            System.arraycopy(EMPTY_BLOCK, 0, run, at, EMPTY_BLOCK.length);
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(localHeader(utf8(name), 0, DEFLATED, compressed, content));
                for (long left = emptyBlocks * EMPTY_BLOCK.length; left > 0; left -= run.length) {
                    out.write(run, 0, (int) Math.min(run.length, left));
                }
                out.write(finalBlock);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static byte[] localHeader(byte[] name, int flags, int method, long compressedSize, byte[] content) {
        return ByteBuffer.allocate(30 + name.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(LOCAL_HEADER).putShort((short) 20).putShort((short) flags).putShort((short) method)
                .putShort((short) 0).putShort((short) 0x21).putInt((int) crc(content)).putInt((int) compressedSize)
                .putInt(content.length).putShort((short) name.length).putShort((short) 0).put(name).array();
    }

    /** A 640x480 PNG's signature and IHDR, then {@code chunks} as given, then IEND. */
    static byte[] pngWith(byte[]... chunks) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(640).putInt(480).put((byte) 8)
                .put((byte) 2).array()));
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A 640x480 progressive JPEG's frame header followed by {@code scans} empty scans and EOI. */
    static byte[] jpegWithScans(int scans) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC2, 0, 11, 8, 1, (byte) 0xE0, 2,
                (byte) 0x80, 1, 1, 0x11, 0});
        for (int i = 0; i < scans; i++) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0});
        }
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    /** One PNG chunk: length, type, data and its CRC. */
    static byte[] chunk(String type, byte[] data) {
        byte[] typeAndData = ByteBuffer.allocate(4 + data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).array();
        return ByteBuffer.allocate(8 + typeAndData.length).putInt(data.length).put(typeAndData)
                .putInt((int) crc(typeAndData)).array();
    }

    private static long crc(byte[] bytes) {
        var crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
