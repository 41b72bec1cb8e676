package io.onboarding.domain.intake;

import static io.onboarding.domain.intake.TestPackages.DETAILS;
import static io.onboarding.domain.intake.TestPackages.ID;
import static io.onboarding.domain.intake.TestPackages.LICENSE;
import static io.onboarding.domain.intake.TestPackages.SELFIE;
import static io.onboarding.domain.intake.TestPackages.csv;
import static io.onboarding.domain.intake.TestPackages.hex;
import static io.onboarding.domain.intake.TestPackages.jpeg;
import static io.onboarding.domain.intake.TestPackages.limits;
import static io.onboarding.domain.intake.TestPackages.padded;
import static io.onboarding.domain.intake.TestPackages.png;
import static io.onboarding.domain.intake.TestPackages.rawZip;
import static io.onboarding.domain.intake.TestPackages.utf8;
import static io.onboarding.domain.intake.TestPackages.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.RefusalReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackageReaderTest {
    private static final long MB = 1024L * 1024L;
    private final PackageReader reader = new PackageReader(PackageLimits.defaults());

    // --- accepted packages -------------------------------------------------------------------------------------

    @Test
    void acceptsWellFormedPackage() {
        byte[] zip = TestPackages.validZip();

        ApplicationPackage result = reader.read(ID, new ByteArrayInputStream(zip));

        assertThat(result.id()).isEqualTo(ID);
        assertThat(result.applicant().value(IdField.LAST_NAME)).isEqualTo("SAMPLE");
        assertThat(result.applicant().documentNumber()).isEqualTo("S123456579010");
        assertThat(result.files()).extracting(PackageFile::name).containsExactly(DETAILS, SELFIE, LICENSE);
        assertThat(result.files()).extracting(PackageFile::type)
                .containsExactly(DocumentType.CSV, DocumentType.PNG, DocumentType.PNG);
        assertThat(result.selfie().content()).isEqualTo(png());
        assertThat(result.details().content()).isEqualTo(DetailsCsv.render(result.applicant()));
    }

    @Test
    void acceptsSpecSpellingOfLicenceEntry() {
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, png()).add(ID + "._license.png", png()).bytes();

        ApplicationPackage result = reader.read(ID, new ByteArrayInputStream(zip));

        assertThat(result.license().name()).isEqualTo(LICENSE);
    }

    @Test
    void acceptsEntriesInAnyOrderAndStoredUncompressed() {
        byte[] zip = zip().addStored(LICENSE, png()).addStored(DETAILS, csv()).add(SELFIE, png()).bytes();

        ApplicationPackage result = reader.read(ID, new ByteArrayInputStream(zip));

        assertThat(result.files()).extracting(PackageFile::name).containsExactly(DETAILS, SELFIE, LICENSE);
    }

    @Test
    void acceptsExtensionsInAnyCase() {
        byte[] zip = zip().add(ID + "_details.CSV", csv()).add(ID + "_selfie.Png", png())
                .add(ID + "_license.JPEG", jpeg()).bytes();

        ApplicationPackage result = reader.read(ID, new ByteArrayInputStream(zip));

        assertThat(result.files()).extracting(PackageFile::name)
                .containsExactly(DETAILS, SELFIE, ID + "_license.jpg");
    }

    @Test
    void acceptsJpegImagesAndStoresThemAsJpg() {
        byte[] zip = zip().add(DETAILS, csv()).add(ID + "_selfie.jpeg", jpeg()).add(ID + "_license.jpg", jpeg())
                .bytes();

        ApplicationPackage result = reader.read(ID, new ByteArrayInputStream(zip));

        assertThat(result.selfie().name()).isEqualTo(ID + "_selfie.jpg");
        assertThat(result.selfie().type()).isEqualTo(DocumentType.JPEG);
        assertThat(result.license().name()).isEqualTo(ID + "_license.jpg");
    }

    @Test
    void takesImageTypeFromContentNotFromName() {
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, jpeg()).add(ID + "_license.jpg", png()).bytes();

        ApplicationPackage result = reader.read(ID, new ByteArrayInputStream(zip));

        assertThat(result.selfie().name()).isEqualTo(ID + "_selfie.jpg");
        assertThat(result.selfie().type()).isEqualTo(DocumentType.JPEG);
        assertThat(result.license().name()).isEqualTo(LICENSE);
        assertThat(result.license().type()).isEqualTo(DocumentType.PNG);
    }

    @Test
    void keepsRawValuesButStoresNeutralisedCsv() {
        String row = "=HYPERLINK(\"http://evil\"),SAMPLE,TALLAHASSEE,000001234,FL,S123456579010,01/12/1957,"
                + "123 MAIN STREET";
        byte[] zip = zip().add(DETAILS, utf8(TestPackages.HEADER + "\n" + row)).add(SELFIE, png())
                .add(LICENSE, png()).bytes();

        ApplicationPackage result = reader.read(ID, new ByteArrayInputStream(zip));

        assertThat(result.applicant().value(IdField.FIRST_NAME)).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(new String(result.details().content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    }

    @Test
    void leavesTheCallersStreamOpen() {
        var stream = new TestPackages.CountingStream(new ByteArrayInputStream(TestPackages.validZip()));

        reader.read(ID, stream);

        assertThat(stream.closed()).isFalse();
    }

    @Test
    void reportsAFailingSourceStreamAsIoFailureNotAsRefusal() {
        byte[] zip = TestPackages.validZip();
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served == 100) {
                    throw new IOException("connection reset");
                }
                return zip[served++] & 0xFF;
            }
        };

        Throwable thrown = catchThrowable(() -> reader.read(ID, failing));

        assertThat(thrown).isInstanceOf(UncheckedIOException.class).isNotInstanceOf(PackageRefusedException.class);
    }

    // --- not a zip, damaged, encrypted ---------------------------------------------------------------------------

    static Stream<Arguments> notZips() {
        return Stream.of(
                Arguments.of("no bytes", new byte[0]),
                Arguments.of("text", utf8("hello, this is not a zip file at all")),
                Arguments.of("an image", png()),
                Arguments.of("a zip without entries", zip().bytes()),
                Arguments.of("half a local header", Arrays.copyOf(TestPackages.validZip(), 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notZips")
    void refusesDataThatIsNotAZip(String description, byte[] data) {
        assertThat(reasonFor(reader, data)).isEqualTo(RefusalReason.NOT_A_ZIP);
    }

    static Stream<Arguments> damagedZips() {
        byte[] valid = TestPackages.validZip();
        byte[] garbledDeflate = valid.clone();
        int dataStart = 30 + utf8(DETAILS).length;
        Arrays.fill(garbledDeflate, dataStart, dataStart + 20, (byte) 0xFF);
        return Stream.of(
                Arguments.of("cut short inside a stored entry", Arrays.copyOf(zip().add(DETAILS, csv())
                        .addStored(SELFIE, padded(png(), 5_000)).bytes(), 3_000)),
                Arguments.of("cut short inside the first entry", Arrays.copyOf(valid, dataStart + 10)),
                Arguments.of("garbled deflate data", garbledDeflate),
                Arguments.of("wrong checksum", rawZip().entry(utf8(DETAILS), 0, csv(), 12345).bytes()),
                Arguments.of("stored entry with a data descriptor", rawZip().entry(utf8(DETAILS), 8, csv(),
                        TestPackages.crc(csv())).bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedZips")
    void refusesDamagedArchive(String description, byte[] data) {
        assertThat(reasonFor(reader, data)).isEqualTo(RefusalReason.CORRUPT_ARCHIVE);
    }

    @Test
    void refusesEncryptedFirstEntryFromItsHeaderFlag() {
        byte[] zip = rawZip().entry(utf8(DETAILS), 1, csv(), TestPackages.crc(csv())).bytes();

        PackageRefusedException refusal = refusalFor(reader, zip);

        assertThat(refusal.reason()).isEqualTo(RefusalReason.ENCRYPTED_ENTRY);
        assertThat(refusal.getMessage()).contains("entry #1"); // found by our header check, not the JDK's message
    }

    @Test
    void refusesEncryptedEntryAfterDeflatedOnes() {
        byte[] zip = TestPackages.withEncryptedFlag(TestPackages.validZip(), LICENSE);

        PackageRefusedException refusal = refusalFor(reader, zip);

        assertThat(refusal.reason()).isEqualTo(RefusalReason.ENCRYPTED_ENTRY);
        assertThat(refusal.getMessage()).contains("entry #3");
    }

    // --- entry names ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"../8d247914_selfie.png", "a/../../etc/passwd", "..\\8d247914_selfie.png",
            "8d247914/../8d247914_selfie.png", "..", "x/..", "/../x"})
    void refusesPathTraversal(String name) {
        byte[] zip = zip().add(DETAILS, csv()).add(name, png()).bytes();

        assertThat(reasonFor(reader, zip)).isEqualTo(RefusalReason.PATH_TRAVERSAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "/8d247914_selfie.png", "\\8d247914_selfie.png", "C:\\x.png", "c:x.png",
            "//server/share/x.png"})
    void refusesAbsolutePath(String name) {
        byte[] zip = zip().add(name, png()).add(DETAILS, csv()).bytes();

        assertThat(reasonFor(reader, zip)).isEqualTo(RefusalReason.ABSOLUTE_PATH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8d247914/", "docs/", "a\\"})
    void refusesFolderEntry(String name) {
        byte[] zip = zip().addFolder(name).add(DETAILS, csv()).add(SELFIE, png()).add(LICENSE, png()).bytes();

        assertThat(reasonFor(reader, zip)).isEqualTo(RefusalReason.FOLDER_ENTRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"readme.txt", "12345678_selfie.png", "8d247914_selfie.gif", "8d247914_SELFIE.png",
            "8d247914_details.csv.exe", "sub/8d247914_selfie.png", "8d247914_selfie.png\u0000.txt",
            "8d247914\\_selfie.png", "8d247914_selfie.png ", "8d247914._selfie.png", "8d247914_license..png",
            "__MACOSX/._8d247914_selfie.png", "8d247914_selfie\r.png", "8D247914_selfie.png"})
    void refusesUnexpectedEntry(String name) {
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, png()).add(name, png()).bytes();

        assertThat(reasonFor(reader, zip)).isEqualTo(RefusalReason.UNEXPECTED_ENTRY);
    }

    @Test
    void refusesEntryWhoseNameIsNotUtf8() {
        byte[] zip = rawZip().entry(hex("38 FF FE 2E 70 6E 67"), 0, png(), TestPackages.crc(png())).bytes();

        // JDK 17 decodes the name leniently and we refuse it by name; JDK 25's ZipInputStream rejects it first
        assertThat(reasonFor(reader, zip)).isIn(RefusalReason.UNEXPECTED_ENTRY, RefusalReason.CORRUPT_ARCHIVE);
    }

    @Test
    void neverEchoesUnexpectedEntryNames() {
        String name = "=cmd|' /C calc'!A0 SECRET";
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, png()).add(name, png()).bytes();

        PackageRefusedException refusal = refusalFor(reader, zip);

        assertThat(refusal.getMessage()).contains("entry #3").doesNotContain("cmd").doesNotContain("SECRET");
    }

    static Stream<Arguments> duplicates() {
        return Stream.of(
                Arguments.of("same name twice", rawZip().stored(DETAILS, csv()).stored(SELFIE, png())
                        .stored(SELFIE, png()).bytes()),
                Arguments.of("selfie as png and jpg", zip().add(SELFIE, png()).add(ID + "_selfie.jpg", jpeg())
                        .bytes()),
                Arguments.of("both licence spellings", zip().add(LICENSE, png()).add(ID + "._license.png", png())
                        .bytes()),
                Arguments.of("name differing in extension case", zip().add(DETAILS, csv())
                        .add(ID + "_details.CSV", csv()).bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicates")
    void refusesDuplicateEntry(String description, byte[] zip) {
        assertThat(reasonFor(reader, zip)).isEqualTo(RefusalReason.DUPLICATE_ENTRY);
    }

    static Stream<Arguments> incompletePackages() {
        return Stream.of(
                Arguments.of("no details", zip().add(SELFIE, png()).add(LICENSE, png()).bytes()),
                Arguments.of("no selfie", zip().add(DETAILS, csv()).add(LICENSE, png()).bytes()),
                Arguments.of("no licence", zip().add(DETAILS, csv()).add(SELFIE, png()).bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompletePackages")
    void refusesMissingEntry(String description, byte[] zip) {
        assertThat(reasonFor(reader, zip)).isEqualTo(RefusalReason.MISSING_ENTRY);
    }

    @Test
    void refusesTooManyEntriesBeforeLookingAtTheExtraEntry() {
        var strict = new PackageReader(limits().entries(3).get());
        byte[] zip = TestPackages.zip().add(DETAILS, csv()).add(SELFIE, png()).add(LICENSE, png())
                .add("../../extra", png()).bytes();

        assertThat(reasonFor(strict, zip)).isEqualTo(RefusalReason.TOO_MANY_ENTRIES);
    }

    // --- sizes and bombs -----------------------------------------------------------------------------------------

    static Stream<Arguments> oversizedEntries() {
        byte[] bigImage = padded(png(), 20_000);
        return Stream.of(
                Arguments.of("details", zip().add(DETAILS, padded(csv(), 20_000)).bytes()),
                Arguments.of("selfie", zip().add(DETAILS, csv()).add(SELFIE, bigImage).bytes()),
                Arguments.of("licence", zip().add(DETAILS, csv()).add(SELFIE, png()).add(LICENSE, bigImage).bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizedEntries")
    void refusesEntryLargerThanItsLimit(String role, byte[] zip) {
        var small = new PackageReader(limits().entrySizes(10_000, 10_000, 10_000).get());

        assertThat(reasonFor(small, zip)).isEqualTo(RefusalReason.ENTRY_TOO_LARGE);
    }

    @Test
    void refusesEntriesThatTogetherInflatePastThePackageLimit() {
        var small = new PackageReader(limits().entrySizes(10_000, 20_000, 20_000).total(30_000).get());
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, padded(png(), 15_000))
                .add(LICENSE, padded(png(), 15_000)).bytes();

        assertThat(reasonFor(small, zip)).isEqualTo(RefusalReason.PACKAGE_TOO_LARGE);
    }

    @Test
    void refusesArchiveLargerThanItsLimitWithoutReadingItAll() {
        var small = new PackageReader(limits().archive(10_000).get());
        byte[] zip = zip().add(DETAILS, csv()).addStored(SELFIE, padded(png(), 50_000)).bytes();
        var stream = new TestPackages.CountingStream(new ByteArrayInputStream(zip));

        Throwable thrown = catchThrowable(() -> small.read(ID, stream));

        assertThat(thrown).isInstanceOfSatisfying(PackageRefusedException.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.PACKAGE_TOO_LARGE));
        assertThat(stream.consumed()).isEqualTo(10_001);
    }

    @Test
    void stopsZipBombEarlyWithoutInflatingIt() {
        byte[] bomb = zip().add(DETAILS, csv()).addZeros(SELFIE, 50 * MB).bytes();
        var stream = new TestPackages.CountingStream(new ByteArrayInputStream(bomb));
        long allocatedBefore = allocatedByThisThread();

        Throwable thrown = catchThrowable(() -> reader.read(ID, stream));

        long allocated = allocatedByThisThread() - allocatedBefore;
        assertThat(thrown).isInstanceOfSatisfying(PackageRefusedException.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.SUSPICIOUS_COMPRESSION));
        assertThat(stream.consumed()).isLessThan(bomb.length / 10);
        assertThat(allocated).isLessThan(16 * MB); // about 2 MB once classes are loaded
    }

    @Test
    void stopsInflatingAtTheEntryLimitEvenWhenTheRatioCheckIsOff() {
        var noRatioCheck = new PackageReader(limits().ratio(Integer.MAX_VALUE, 0).get());
        byte[] bomb = zip().add(DETAILS, csv()).addZeros(SELFIE, 50 * MB).bytes();
        var stream = new TestPackages.CountingStream(new ByteArrayInputStream(bomb));

        Throwable thrown = catchThrowable(() -> noRatioCheck.read(ID, stream));

        assertThat(thrown).isInstanceOfSatisfying(PackageRefusedException.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.ENTRY_TOO_LARGE));
        assertThat(stream.consumed()).isLessThan(bomb.length / 2); // 15 MB of the 50 MB, roughly
    }

    @Test
    void checksNamesBeforeInflating() {
        byte[] bomb = zip().addZeros("payload.bin", 50 * MB).bytes();
        var stream = new TestPackages.CountingStream(new ByteArrayInputStream(bomb));

        Throwable thrown = catchThrowable(() -> reader.read(ID, stream));

        assertThat(thrown).isInstanceOfSatisfying(PackageRefusedException.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(RefusalReason.UNEXPECTED_ENTRY));
        assertThat(stream.consumed()).isLessThan(2_000);
    }

    @Test
    void ignoresCompressionRatioOfSmallEntries() {
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, Arrays.copyOf(png(), 500_000))
                .add(LICENSE, png()).bytes();

        ApplicationPackage result = reader.read(ID, new ByteArrayInputStream(zip));

        assertThat(result.selfie().size()).isEqualTo(500_000);
    }

    // --- images --------------------------------------------------------------------------------------------------

    static Stream<Arguments> nonImages() {
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("text", utf8("just text")),
                Arguments.of("GIF", utf8("GIF89a\u0001\u0000\u0001\u0000")),
                Arguments.of("half a PNG signature", Arrays.copyOf(png(), 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonImages")
    void refusesImageEntryThatIsNeitherPngNorJpeg(String description, byte[] content) {
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, content).add(LICENSE, png()).bytes();

        assertThat(reasonFor(reader, zip)).isEqualTo(RefusalReason.NOT_AN_IMAGE);
    }

    static Stream<Arguments> brokenImages() {
        return Stream.of(
                Arguments.of("PNG signature only", Arrays.copyOf(png(), 8), RefusalReason.IMAGE_NOT_TERMINATED),
                Arguments.of("PNG whose first chunk is not IHDR", pngWithFirstChunk("IDAT"),
                        RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("PNG declaring width 0", png(0, 10), RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("JPEG magic only", hex("FFD8FF"), RefusalReason.IMAGE_NOT_TERMINATED),
                Arguments.of("JPEG without a frame header", hex("FFD8 FFE0 0004 0000 FFD9"),
                        RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("JPEG scan before frame header", hex("FFD8 FFDA 0004 0000"),
                        RefusalReason.IMAGE_HEADER_INVALID),
                Arguments.of("JPEG with a truncated segment", hex("FFD8 FFE0 0010 0000"),
                        RefusalReason.IMAGE_TRUNCATED),
                Arguments.of("JPEG declaring height 0", jpeg(10, 0), RefusalReason.IMAGE_HEADER_INVALID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenImages")
    void refusesImageEntryWhoseStructureIsBrokenWithItsReason(String description, byte[] content,
                                                              RefusalReason expected) {
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, content).add(LICENSE, png()).bytes();

        assertThat(reasonFor(reader, zip)).isEqualTo(expected);
    }

    static Stream<Arguments> oddShapes() {
        return Stream.of(
                Arguments.of("PNG 3 pixels wide and 10,000 tall", png(3, 10_000),
                        RefusalReason.IMAGE_ASPECT_RATIO_OUT_OF_RANGE),
                Arguments.of("PNG 2000 by 400", png(2000, 400), RefusalReason.IMAGE_ASPECT_RATIO_OUT_OF_RANGE),
                Arguments.of("JPEG 79 pixels tall", jpeg(100, 79), RefusalReason.IMAGE_TOO_SMALL),
                Arguments.of("PNG 1 by 1", png(1, 1), RefusalReason.IMAGE_TOO_SMALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddShapes")
    void refusesImagesNoSelfieOrLicenceHas(String description, byte[] content, RefusalReason expected) {
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, png()).add(LICENSE, content).bytes();

        assertThat(reasonFor(reader, zip)).isEqualTo(expected);
    }

    @Test
    void acceptsTheExtremesOfTheShapeLimits() {
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, png(80, 320)).add(LICENSE, jpeg(320, 80)).bytes();

        ApplicationPackage accepted = reader.read(ID, new ByteArrayInputStream(zip));

        assertThat(accepted.license().type()).isEqualTo(DocumentType.JPEG);
    }

    static Stream<Arguments> hugeImages() {
        return Stream.of(
                Arguments.of("PNG too wide", png(1001, 10)),
                Arguments.of("PNG too tall", png(10, 1001)),
                Arguments.of("PNG with a 4-billion-pixel side", png(0x7FFF_FFFFL, 1)),
                Arguments.of("JPEG too wide", jpeg(1001, 10)),
                Arguments.of("JPEG too many pixels", jpeg(1000, 1000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeImages")
    void refusesImageDeclaringTooManyPixels(String description, byte[] content) {
        var small = new PackageReader(limits().image(1000, 500_000).get());
        byte[] zip = zip().add(DETAILS, csv()).add(SELFIE, png()).add(LICENSE, content).bytes();

        assertThat(reasonFor(small, zip)).isEqualTo(RefusalReason.IMAGE_DIMENSIONS_TOO_LARGE);
    }

    @Test
    void refusesPackageWhoseCsvIsInvalid() {
        byte[] zip = zip().add(DETAILS, utf8(TestPackages.HEADER + "\r\n")).add(SELFIE, png()).add(LICENSE, png())
                .bytes();

        assertThat(reasonFor(reader, zip)).isEqualTo(RefusalReason.CSV_NO_DATA_ROW);
    }

    @Test
    void limitsHelperStartsFromTheProductionDefaults() {
        assertThat(limits().get()).isEqualTo(PackageLimits.defaults());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static RefusalReason reasonFor(PackageReader reader, byte[] zip) {
        return refusalFor(reader, zip).reason();
    }

    private static PackageRefusedException refusalFor(PackageReader reader, byte[] zip) {
        Throwable thrown = catchThrowable(() -> reader.read(ID, new ByteArrayInputStream(zip)));
        assertThat(thrown).isInstanceOf(PackageRefusedException.class);
        return (PackageRefusedException) thrown;
    }

    private static byte[] pngWithFirstChunk(String type) {
        byte[] bytes = png();
        byte[] typeBytes = utf8(type);
        System.arraycopy(typeBytes, 0, bytes, 12, 4);
        return bytes;
    }

    private static long allocatedByThisThread() {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "allocation counting needs HotSpot");
        return ((com.sun.management.ThreadMXBean) threads).getCurrentThreadAllocatedBytes();
    }
}
