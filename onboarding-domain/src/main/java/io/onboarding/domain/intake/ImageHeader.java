package io.onboarding.domain.intake;

import java.util.Optional;

/**
 * The type and declared dimensions of an image, read from its first bytes without decoding it. Only PNG (IHDR)
 * and baseline/progressive JPEG (first SOFn frame header) are recognised.
 */
record ImageHeader(DocumentType type, long width, long height) {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int PNG_IHDR_LENGTH = 13;
    private static final long PNG_MAX_DIMENSION = 0x7FFF_FFFFL;

    /** The header of a PNG or JPEG, or empty when the bytes are neither or their header cannot be read. */
    static Optional<ImageHeader> read(byte[] data) {
        if (startsWith(data, PNG_SIGNATURE)) {
            return readPng(data);
        }
        if (isJpegStart(data)) {
            return readJpeg(data);
        }
        return Optional.empty();
    }

    long pixels() {
        return width * height;
    }

    private static Optional<ImageHeader> readPng(byte[] data) {
        // signature (8), then the first chunk must be IHDR: length (4) = 13, type (4), width (4), height (4), ...
        if (data.length < 24 || u32(data, 8) != PNG_IHDR_LENGTH
                || data[12] != 'I' || data[13] != 'H' || data[14] != 'D' || data[15] != 'R') {
            return Optional.empty();
        }
        long width = u32(data, 16);
        long height = u32(data, 20);
        if (width == 0 || height == 0 || width > PNG_MAX_DIMENSION || height > PNG_MAX_DIMENSION) {
            return Optional.empty();
        }
        return Optional.of(new ImageHeader(DocumentType.PNG, width, height));
    }

    /** Walks the marker segments after SOI up to the first frame header; gives up at a scan or the end of image. */
    private static Optional<ImageHeader> readJpeg(byte[] data) {
        int pos = 2;
        while (pos + 1 < data.length) {
            if (data[pos] != (byte) 0xFF) {
                return Optional.empty();
            }
            int marker = data[pos + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte before a marker
                pos++;
                continue;
            }
            pos += 2;
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // markers without a segment
            }
            if (marker == 0x00 || marker == 0xD9 || marker == 0xDA || pos + 2 > data.length) {
                return Optional.empty(); // stuffed byte out of place, end of image or scan before any frame
            }
            int length = u16(data, pos);
            if (length < 2) {
                return Optional.empty();
            }
            if (isStartOfFrame(marker)) {
                // length (2), precision (1), height (2), width (2)
                if (length < 7 || pos + 7 > data.length) {
                    return Optional.empty();
                }
                int height = u16(data, pos + 3);
                int width = u16(data, pos + 5);
                if (width == 0 || height == 0) {
                    return Optional.empty(); // height 0 defers to a DNL marker: not worth supporting
                }
                return Optional.of(new ImageHeader(DocumentType.JPEG, width, height));
            }
            pos += length;
        }
        return Optional.empty();
    }

    /** SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean isJpegStart(byte[] data) {
        return data.length >= 3 && data[0] == (byte) 0xFF && data[1] == (byte) 0xD8 && data[2] == (byte) 0xFF;
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
