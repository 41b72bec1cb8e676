package io.onboarding.domain.intake;

import io.onboarding.domain.model.RefusalReason;
import java.util.zip.CRC32;

/**
 * Checks the structure of a PNG or JPEG before anything decodes it, so that a crafted file meets plain Java instead
 * of a native decoder. A PNG's chunks are walked end to end (lengths within the bytes, CRCs, a sane IHDR first, one
 * run of IDAT, IEND, no animation, bounded ancillary chunks); a JPEG's markers are walked from SOI to EOI (segments
 * within the bytes, one sane frame header before the first scan, a bounded number of scans and segments). Nothing
 * is decompressed. Each failure is a {@link PackageRefusedException} with its own reason; messages name the rule,
 * never the bytes.
 */
final class ImageStructure {
    /** Most ancillary (non-critical) PNG chunks accepted: real photos carry a handful (sRGB, pHYs, iCCP, eXIf). */
    static final int MAX_PNG_ANCILLARY_CHUNKS = 64;
    /** Largest ancillary PNG chunk, and largest JPEG application segment (an ICC profile or EXIF block). */
    static final int MAX_METADATA_BYTES = 1024 * 1024;
    /** Most JPEG scans: a progressive JPEG has about ten; thousands only serve to keep a decoder busy. */
    static final int MAX_JPEG_SCANS = 64;
    /** Most JPEG marker segments of any kind. */
    static final int MAX_JPEG_SEGMENTS = 512;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final long PNG_MAX_DIMENSION = 0x7FFF_FFFFL;

    private ImageStructure() {
    }

    /**
     * The type and dimensions of {@code data} once its structure is checked.
     *
     * @param what names the entry in messages ("the selfie entry (#2)")
     * @throws PackageRefusedException NOT_AN_IMAGE when it is neither PNG nor JPEG, or the structural reason
     */
    static ImageHeader check(byte[] data, String what) {
        if (startsWith(data, PNG_SIGNATURE)) {
            return new Png(data, what).walk();
        }
        if (data.length >= 3 && data[0] == (byte) 0xFF && data[1] == (byte) 0xD8 && data[2] == (byte) 0xFF) {
            return new Jpeg(data, what).walk();
        }
        throw new PackageRefusedException(RefusalReason.NOT_AN_IMAGE, what + " is neither a PNG nor a JPEG");
    }

    private static PackageRefusedException refused(RefusalReason reason, String what, String rule) {
        return new PackageRefusedException(reason, what + ": " + rule);
    }

    /** One pass over a PNG's chunks. */
    private static final class Png {
        private final byte[] data;
        private final String what;

        Png(byte[] data, String what) {
            this.data = data;
            this.what = what;
        }

        ImageHeader walk() {
            int pos = PNG_SIGNATURE.length;
            ImageHeader header = null;
            int colourType = -1;
            boolean palette = false;
            int idatRuns = 0;
            boolean inIdat = false;
            int ancillary = 0;
            while (true) {
                if (pos + 12 > data.length) {
                    throw refused(RefusalReason.IMAGE_NOT_TERMINATED, what, "the PNG ends without an IEND chunk");
                }
                long length = u32(data, pos);
                String type = chunkType(pos + 4);
                if (length > data.length - pos - 12L) {
                    throw refused(RefusalReason.IMAGE_TRUNCATED, what,
                            "a " + type + " chunk declares more bytes than the file holds");
                }
                int dataStart = pos + 8;
                int end = dataStart + (int) length;
                if (header == null && !type.equals("IHDR")) {
                    throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "the first chunk is not IHDR");
                }
                var crc = new CRC32();
                crc.update(data, pos + 4, 4 + (int) length);
                if (crc.getValue() != u32(data, end)) {
                    throw refused(RefusalReason.IMAGE_CHECKSUM_MISMATCH, what, "the " + type + " chunk's CRC is wrong");
                }
                boolean idat = type.equals("IDAT");
                if (idat && !inIdat) {
                    idatRuns++;
                    if (idatRuns > 1) {
                        throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "the IDAT chunks are not consecutive");
                    }
                }
                inIdat = idat;
                switch (type) {
                    case "IHDR" -> {
                        if (header != null) {
                            throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "a second IHDR chunk");
                        }
                        header = ihdr(dataStart, length);
                        colourType = data[dataStart + 9];
                    }
                    case "PLTE" -> {
                        if (idatRuns > 0 || length == 0 || length % 3 != 0 || length > 768) {
                            throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "a misplaced or malformed PLTE");
                        }
                        palette = true;
                    }
                    case "IDAT" -> {
                        if (colourType == 3 && !palette) {
                            throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "a palette image without PLTE");
                        }
                    }
                    case "IEND" -> {
                        if (length != 0 || idatRuns == 0) {
                            throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "IEND without image data");
                        }
                        return header;
                    }
                    case "acTL", "fcTL", "fdAT" -> throw refused(RefusalReason.IMAGE_ANIMATED, what,
                            "an animated PNG (" + type + ")");
                    default -> {
                        if (isCritical(pos + 4)) {
                            throw refused(RefusalReason.IMAGE_UNSUPPORTED_ENCODING, what,
                                    "an unknown critical chunk");
                        }
                        ancillary++;
                        if (ancillary > MAX_PNG_ANCILLARY_CHUNKS) {
                            throw refused(RefusalReason.IMAGE_TOO_MANY_PARTS, what,
                                    "more than " + MAX_PNG_ANCILLARY_CHUNKS + " ancillary chunks");
                        }
                        if (length > MAX_METADATA_BYTES) {
                            throw refused(RefusalReason.IMAGE_METADATA_TOO_LARGE, what,
                                    "an ancillary chunk larger than " + MAX_METADATA_BYTES + " bytes");
                        }
                    }
                }
                pos = end + 4;
            }
        }

        private ImageHeader ihdr(int at, long length) {
            if (length != 13) {
                throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "IHDR is not 13 bytes long");
            }
            long width = u32(data, at);
            long height = u32(data, at + 4);
            int depth = data[at + 8];
            int colour = data[at + 9];
            boolean depthFits = switch (colour) {
                case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
                case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
                case 2, 4, 6 -> depth == 8 || depth == 16;
                default -> false;
            };
            if (width == 0 || height == 0 || width > PNG_MAX_DIMENSION || height > PNG_MAX_DIMENSION || !depthFits
                    || data[at + 10] != 0 || data[at + 11] != 0 || (data[at + 12] != 0 && data[at + 12] != 1)) {
                throw refused(RefusalReason.IMAGE_HEADER_INVALID, what,
                        "IHDR declares impossible dimensions, depth, colour type, compression, filter or interlace");
            }
            return new ImageHeader(DocumentType.PNG, width, height);
        }

        /** The chunk type at {@code at}, or a placeholder when it is not four ASCII letters. */
        private String chunkType(int at) {
            for (int i = at; i < at + 4; i++) {
                int c = data[i] & 0xFF;
                if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                    throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "a chunk type that is not four letters");
                }
            }
            return new String(data, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
        }

        /** Bit 5 of the first type byte clear: a decoder must understand the chunk to show the image. */
        private boolean isCritical(int at) {
            return (data[at] & 0x20) == 0;
        }
    }

    /** One pass over a JPEG's markers, skipping over entropy-coded data without decoding it. */
    private static final class Jpeg {
        private final byte[] data;
        private final String what;

        Jpeg(byte[] data, String what) {
            this.data = data;
            this.what = what;
        }

        ImageHeader walk() {
            int pos = 2;
            ImageHeader frame = null;
            int scans = 0;
            int segments = 0;
            while (true) {
                if (pos + 1 >= data.length) {
                    throw refused(RefusalReason.IMAGE_NOT_TERMINATED, what, "the JPEG ends without an EOI marker");
                }
                if (data[pos] != (byte) 0xFF) {
                    throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "bytes where a marker should be");
                }
                int marker = data[pos + 1] & 0xFF;
                if (marker == 0xFF) {
                    pos++;   // fill byte
                    continue;
                }
                pos += 2;
                if (marker == 0xD9) {
                    if (frame == null || scans == 0) {
                        throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "EOI before any frame or scan");
                    }
                    return frame;
                }
                if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7) {
                    throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "a marker out of place");
                }
                segments++;
                if (segments > MAX_JPEG_SEGMENTS) {
                    throw refused(RefusalReason.IMAGE_TOO_MANY_PARTS, what,
                            "more than " + MAX_JPEG_SEGMENTS + " marker segments");
                }
                if (pos + 2 > data.length) {
                    throw refused(RefusalReason.IMAGE_TRUNCATED, what, "a segment cut short");
                }
                int length = u16(data, pos);
                if (length < 2 || length > data.length - pos) {
                    throw refused(RefusalReason.IMAGE_TRUNCATED, what,
                            "a segment declares more bytes than the file holds");
                }
                if (isStartOfFrame(marker)) {
                    if (frame != null) {
                        throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "a second frame header");
                    }
                    frame = frameHeader(marker, pos, length);
                } else if (marker == 0xDA) {
                    if (frame == null) {
                        throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "a scan before the frame header");
                    }
                    checkScanHeader(pos, length);
                    scans++;
                    if (scans > MAX_JPEG_SCANS) {
                        throw refused(RefusalReason.IMAGE_TOO_MANY_PARTS, what, "more than " + MAX_JPEG_SCANS + " scans");
                    }
                    pos = skipEntropyCodedData(pos + length);
                    continue;
                } else if (marker >= 0xE0 && marker <= 0xEF && length - 2 > MAX_METADATA_BYTES) {
                    throw refused(RefusalReason.IMAGE_METADATA_TOO_LARGE, what,
                            "an application segment larger than " + MAX_METADATA_BYTES + " bytes");
                }
                pos += length;
            }
        }

        private ImageHeader frameHeader(int marker, int at, int length) {
            if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2) {
                throw refused(RefusalReason.IMAGE_UNSUPPORTED_ENCODING, what,
                        "a lossless, hierarchical or arithmetic-coded JPEG");
            }
            if (length < 8) {
                throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "a frame header too short");
            }
            int precision = data[at + 2] & 0xFF;
            int height = u16(data, at + 3);
            int width = u16(data, at + 5);
            int components = data[at + 7] & 0xFF;
            if (precision != 8 && precision != 12 || width == 0 || height == 0 || components < 1 || components > 4
                    || length != 8 + 3 * components) {
                throw refused(RefusalReason.IMAGE_HEADER_INVALID, what,
                        "the frame header declares impossible precision, dimensions or components");
            }
            for (int i = 0; i < components; i++) {
                int sampling = data[at + 9 + 3 * i] & 0xFF;
                int h = sampling >> 4;
                int v = sampling & 0x0F;
                int table = data[at + 10 + 3 * i] & 0xFF;
                if (h < 1 || h > 4 || v < 1 || v > 4 || table > 3) {
                    throw refused(RefusalReason.IMAGE_HEADER_INVALID, what,
                            "a component with impossible sampling factors or table");
                }
            }
            return new ImageHeader(DocumentType.JPEG, width, height);
        }

        private void checkScanHeader(int at, int length) {
            int components = length >= 3 ? data[at + 2] & 0xFF : 0;
            if (components < 1 || components > 4 || length != 6 + 2 * components) {
                throw refused(RefusalReason.IMAGE_HEADER_INVALID, what, "a malformed scan header");
            }
        }

        /** The position of the first marker after a scan's entropy-coded data (stuffed bytes and RSTn skipped). */
        private int skipEntropyCodedData(int from) {
            int pos = from;
            while (pos + 1 < data.length) {
                if (data[pos] == (byte) 0xFF) {
                    int next = data[pos + 1] & 0xFF;
                    if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                        return pos;
                    }
                    pos += next == 0xFF ? 1 : 2;
                } else {
                    pos++;
                }
            }
            throw refused(RefusalReason.IMAGE_NOT_TERMINATED, what, "the JPEG ends inside a scan");
        }

        /** SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
        private static boolean isStartOfFrame(int marker) {
            return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] data, int pos) {
        return ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
    }

    private static long u32(byte[] data, int pos) {
        return ((long) u16(data, pos) << 16) | u16(data, pos + 2);
    }
}
