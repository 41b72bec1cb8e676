package io.onboarding.domain.intake;

import static io.onboarding.domain.intake.TestPackages.chunk;
import static io.onboarding.domain.intake.TestPackages.hex;
import static io.onboarding.domain.intake.TestPackages.ihdr;
import static io.onboarding.domain.intake.TestPackages.jpeg;
import static io.onboarding.domain.intake.TestPackages.jpegOf;
import static io.onboarding.domain.intake.TestPackages.png;
import static io.onboarding.domain.intake.TestPackages.pngOf;
import static io.onboarding.domain.intake.TestPackages.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.testing.TestApplications;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crafted images, each built here, against the structural check that runs before any decoder: every one is refused
 * with its own reason, and the real sample images pass.
 */
class ImageStructureTest {
    private static final byte[] IDAT = chunk("IDAT", hex("78 9C 63 00 00 00 01 00 01"));

    static Stream<Arguments> craftedPngs() {
        byte[] good = png(640, 480);
        byte[] badCrc = good.clone();
        badCrc[good.length - 13 - 1] ^= 0x55;   // last byte of the IDAT chunk's CRC
        byte[] fourGigabytes = pngOf(ihdr(640, 480),
                ByteBuffer.allocate(12).putInt(0xFFFF_FFF0).put(new byte[] {'z', 'T', 'X', 't'}).putInt(0).array());
        byte[] noEnd = Arrays.copyOf(good, good.length - 12);
        byte[] sixteenBitPalette = ihdr(640, 480);
        sixteenBitPalette[8] = 16;
        sixteenBitPalette[9] = 3;
        byte[] interlaceTwo = ihdr(640, 480);
        interlaceTwo[12] = 2;
        var texts = new ByteArrayOutputStream();
        for (int i = 0; i <= ImageStructure.MAX_PNG_ANCILLARY_CHUNKS; i++) {
            texts.writeBytes(chunk("tEXt", hex("41 00 42")));
        }
        byte[] manyTexts = texts.toByteArray();
        return Stream.of(
                Arguments.of("an animated PNG with a damaged frame",
                        pngOf(ihdr(640, 480), chunk("acTL", hex("00000002 00000000")), IDAT,
                                chunk("fcTL", new byte[26]), chunk("fdAT", hex("00000003 FFFF"))),
                        RefusalReason.IMAGE_ANIMATED),
                Arguments.of("a chunk declaring about 4 GiB", fourGigabytes, RefusalReason.IMAGE_TRUNCATED),
                Arguments.of("a wrong CRC", badCrc, RefusalReason.IMAGE_CHECKSUM_MISMATCH),
                Arguments.of("no IEND", noEnd, RefusalReason.IMAGE_NOT_TERMINATED),
                Arguments.of("16-bit palette colour", pngOf(sixteenBitPalette, IDAT), RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("interlace method 2", pngOf(interlaceTwo, IDAT), RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("IHDR of 12 bytes", pngOfRawIhdr(Arrays.copyOf(ihdr(640, 480), 12)),
                        RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("two IHDR chunks", pngOf(ihdr(640, 480), chunk("IHDR", ihdr(640, 480)), IDAT),
                        RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("IDAT chunks split by another", pngOf(ihdr(640, 480), IDAT, chunk("tEXt", hex("41 00")),
                        IDAT), RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("no IDAT", pngOf(ihdr(640, 480)), RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("an unknown critical chunk", pngOf(ihdr(640, 480), chunk("ZZZZ", new byte[4]), IDAT),
                        RefusalReason.IMAGE_UNSUPPORTED_ENCODING),
                Arguments.of("a chunk type that is not letters", pngOf(ihdr(640, 480), chunk("a1b2", new byte[4]),
                        IDAT), RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("too many ancillary chunks", pngOf(ihdr(640, 480), manyTexts, IDAT),
                        RefusalReason.IMAGE_TOO_MANY_PARTS),
                Arguments.of("an ancillary chunk of 2 MiB", pngOf(ihdr(640, 480),
                        chunk("iCCP", new byte[2 * ImageStructure.MAX_METADATA_BYTES]), IDAT),
                        RefusalReason.IMAGE_METADATA_TOO_LARGE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("craftedPngs")
    void refusesACraftedPngWithItsReason(String description, byte[] image, RefusalReason expected) {
        assertThatThrownBy(() -> ImageStructure.check(image, "the licence entry (#3)"))
                .isInstanceOfSatisfying(PackageRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(expected);
                    assertThat(e.getMessage()).startsWith(expected + ": the licence entry (#3): ");
                });
    }

    static Stream<Arguments> craftedJpegs() {
        var emptyScans = new ByteArrayOutputStream();
        for (int i = 0; i < 10_000; i++) {
            emptyScans.writeBytes(hex("FFDA 0008 01 01 00 00 3F 00"));
        }
        var comments = new ByteArrayOutputStream();
        for (int i = 0; i <= ImageStructure.MAX_JPEG_SEGMENTS; i++) {
            comments.writeBytes(hex("FFFE 0003 41"));
        }
        byte[] noEnd = jpeg(640, 480);
        noEnd = Arrays.copyOf(noEnd, noEnd.length - 2);
        return Stream.of(
                Arguments.of("a progressive JPEG with 10,000 empty scans",
                        jpegOf(640, 480, 0xC2, emptyScans.toByteArray()), RefusalReason.IMAGE_TOO_MANY_PARTS),
                Arguments.of("more marker segments than any photo", jpegOf(640, 480, 0xC0, comments.toByteArray(),
                        scan()), RefusalReason.IMAGE_TOO_MANY_PARTS),
                Arguments.of("a lossless frame (SOF3)", jpegOf(640, 480, 0xC3, scan()),
                        RefusalReason.IMAGE_UNSUPPORTED_ENCODING),
                Arguments.of("an arithmetic-coded frame (SOF9)", jpegOf(640, 480, 0xC9, scan()),
                        RefusalReason.IMAGE_UNSUPPORTED_ENCODING),
                Arguments.of("two frame headers", jpegOf(640, 480, 0xC0,
                        hex("FFC0 0011 08 01E0 0280 03 012200 021101 031101"), scan()),
                        RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("five components", jpegOf(640, 480, 0xC0,
                        hex("FFC1 0017 08 01E0 0280 05 012200 021101 031101 041101 051101"), scan()),
                        RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("a segment longer than the file", jpegOf(640, 480, 0xC0, hex("FFE1 7FFF 00")),
                        RefusalReason.IMAGE_TRUNCATED),
                Arguments.of("no EOI", noEnd, RefusalReason.IMAGE_NOT_TERMINATED),
                Arguments.of("a malformed scan header", jpegOf(640, 480, 0xC0, hex("FFDA 0009 02 0100 0211 00 3F 00 12")),
                        RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("no scan", jpegOf(640, 480, 0xC0), RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("a frame with sampling factor 0", jpegOfComponents(hex("01 0000 02 1101 03 1101")),
                        RefusalReason.IMAGE_HEADER_INVALID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("craftedJpegs")
    void refusesACraftedJpegWithItsReason(String description, byte[] image, RefusalReason expected) {
        assertThatThrownBy(() -> ImageStructure.check(image, "the selfie entry (#2)"))
                .isInstanceOfSatisfying(PackageRefusedException.class, e -> assertThat(e.reason()).isEqualTo(expected));
    }

    @Test
    void largeMetadataWithinTheLimitIsAccepted() {
        byte[] app1 = new byte[4 + 0xFFFF - 2];
        app1[0] = (byte) 0xFF;
        app1[1] = (byte) 0xE1;
        app1[2] = (byte) 0xFF;
        app1[3] = (byte) 0xFF;

        assertThat(ImageStructure.check(jpegOf(640, 480, 0xC0, app1, scan()), "x").width()).isEqualTo(640);
    }

    @Test
    void theSampleImagesPassWithTheirDimensions() {
        for (String id : new String[] {TestApplications.SAMPLE_APPROVED, TestApplications.SAMPLE_FACE_MISMATCH}) {
            byte[] zip = TestApplications.samplePackage(id);
            assertThat(ImageStructure.check(entry(zip, id + "_license.png"), "licence"))
                    .isEqualTo(new ImageHeader(DocumentType.PNG, 1920, 1080));
            assertThat(ImageStructure.check(entry(zip, id + "_selfie.png"), "selfie").type())
                    .isEqualTo(DocumentType.PNG);
        }
    }

    @Test
    void aProgressiveJpegWithAFewScansPasses() {
        byte[] image = jpegOf(640, 480, 0xC2, scan(), scan(), scan(), scan(), scan(), scan(), scan(), scan());

        assertThat(ImageStructure.check(image, "x")).isEqualTo(new ImageHeader(DocumentType.JPEG, 640, 480));
    }

    @Test
    void bytesAfterTheEndMarkerAreNotRead() {
        byte[] trailing = Arrays.copyOf(png(640, 480), png(640, 480).length + 100);

        assertThat(ImageStructure.check(trailing, "x").width()).isEqualTo(640);
    }

    private static byte[] pngOfRawIhdr(byte[] ihdr) {
        byte[] image = pngOf(ihdr(640, 480), IDAT);
        var out = new ByteArrayOutputStream();
        out.writeBytes(Arrays.copyOf(image, 8));
        out.writeBytes(chunk("IHDR", ihdr));
        out.writeBytes(Arrays.copyOfRange(image, 8 + 25, image.length));
        return out.toByteArray();
    }

    private static byte[] jpegOfComponents(byte[] components) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(hex("FFD8 FFC0 0011 08 01E0 0280 03"));
        out.writeBytes(components);
        out.writeBytes(scan());
        out.writeBytes(hex("FFD9"));
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zip, String name) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no entry " + name);
    }
}
