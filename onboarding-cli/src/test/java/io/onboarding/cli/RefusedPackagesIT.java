package io.onboarding.cli;

import static io.onboarding.cli.HostilePackages.HEADER;
import static io.onboarding.cli.HostilePackages.ROW;
import static io.onboarding.cli.HostilePackages.entries;
import static io.onboarding.cli.HostilePackages.jpegWithScans;
import static io.onboarding.cli.HostilePackages.png;
import static io.onboarding.cli.HostilePackages.pngWith;
import static io.onboarding.cli.HostilePackages.rawZip;
import static io.onboarding.cli.HostilePackages.utf8;
import static io.onboarding.cli.HostilePackages.zip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.testing.TestApplications;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages that intake refuses, built here, one or more for every {@link RefusalReason}: each shows its reason code
 * in the report and in the JSON, and the run writes nothing outside the work directory, whatever the package's
 * entries say.
 */
class RefusedPackagesIT {
    private static final String EVIL = "evil-" + "planted.txt";
    /**
     * Reasons that no package can cause under {@code PackageLimits.defaults()}, which the CLI uses: the entry count
     * (8) is checked before names, but the fourth entry is always refused first, by its name or as a second entry
     * for one of the three roles (see the nine-entry package below).
     */
    private static final Set<RefusalReason> UNREACHABLE_WITH_DEFAULT_LIMITS =
            EnumSet.of(RefusalReason.TOO_MANY_ENTRIES);

    @TempDir
    Path temp;

    private Path inputs;
    private Path work;
    private final Map<String, RefusalReason> expected = new LinkedHashMap<>();
    private final StubEngines engines = StubEngines.matching();

    @BeforeEach
    void buildHostilePackages() {
        // deep enough that "../../x" from unzipped/ or zipped/ still lands inside the walked folder
        Path root = temp.resolve("a/b");
        inputs = root.resolve("inputs");
        work = root.resolve("work");
        Map<String, byte[]> sample = entries(TestApplications.samplePackage(Fixtures.APPROVED));
        byte[] csv = sample.get(Fixtures.APPROVED + "_details.csv");
        byte[] selfie = sample.get(Fixtures.APPROVED + "_selfie.png");
        byte[] licence = sample.get(Fixtures.APPROVED + "_license.png");
        // intake reads no further than an image's header, so a header alone stands in for a picture wherever
        // the package is not cut short inside one: that keeps the packages small and the run quick
        byte[] image = png(640, 480);

        // the archive and its entry names
        Fixtures.write(inputs.resolve("not an id!.zip"), zip(Map.of("x", utf8("x"))));
        expected.put("not an id!.zip", RefusalReason.INVALID_APPLICATION_ID);
        add("a0000001", RefusalReason.NOT_A_ZIP, utf8("this is not a zip archive at all, just text"));
        add("a0000002", RefusalReason.CORRUPT_ARCHIVE, truncated(threeFiles("a0000002", csv, selfie, licence)));
        add("a0000003", RefusalReason.PATH_TRAVERSAL, zip(Map.of("../../" + EVIL, utf8("planted"),
                "a0000003_details.csv", csv)));
        add("a0000004", RefusalReason.ABSOLUTE_PATH, zip(Map.of("/tmp/" + EVIL, utf8("planted"))));
        add("a0000005", RefusalReason.FOLDER_ENTRY, zip(Map.of("sub/", new byte[0])));
        add("a0000006", RefusalReason.DUPLICATE_ENTRY, rawZip(0, Map.entry("a0000006_details.csv", csv),
                Map.entry("a0000006_selfie.png", image), Map.entry("a0000006_selfie.png", image)));
        add("a0000007", RefusalReason.DUPLICATE_ENTRY, zip(Map.of("a0000007_details.csv", csv,
                "a0000007_license.png", image, "a0000007_license.jpg", image, "a0000007._license.png", image,
                "a0000007_selfie.png", image, "a0000007_selfie.jpg", image, "a0000007_selfie.jpeg", image,
                "a0000007_selfie.PNG", image, "a0000007_selfie.JPG", image)));
        add("a0000008", RefusalReason.UNEXPECTED_ENTRY, zip(Map.of("a0000008_details.csv", csv,
                "a0000008_selfie.png", image, "a0000008_license.png", image, "readme.txt", utf8("hello"))));
        add("a0000009", RefusalReason.MISSING_ENTRY, zip(Map.of("a0000009_details.csv", csv,
                "a0000009_selfie.png", image)));
        add("a0000010", RefusalReason.ENCRYPTED_ENTRY, rawZip(1, Map.entry("a0000010_details.csv", csv)));

        // sizes
        add("a0000011", RefusalReason.ENTRY_TOO_LARGE, threeFiles("a0000011",
                utf8(HEADER + ROW + "\r\n".repeat(40_000)), image, image));
        HostilePackages.writeOversizedArchive(inputs.resolve("a0000012.zip"), "a0000012_selfie.png", image, 31);
        expected.put("a0000012.zip", RefusalReason.PACKAGE_TOO_LARGE);
        add("a0000013", RefusalReason.SUSPICIOUS_COMPRESSION, threeFiles("a0000013", csv,
                new byte[12 * 1024 * 1024], image));

        // images
        add("a0000014", RefusalReason.NOT_AN_IMAGE, threeFiles("a0000014", csv, utf8("GIF89a not a png"), image));
        add("a0000015", RefusalReason.IMAGE_DIMENSIONS_TOO_LARGE, threeFiles("a0000015", csv, image,
                png(20_000, 20_000)));
        // crafted images: each would reach a native decoder without the structural check
        byte[] idat = HostilePackages.chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0, 0, 0, 1, 0, 1});
        add("a0000024", RefusalReason.IMAGE_ANIMATED, threeFiles("a0000024", csv, image, pngWith(
                HostilePackages.chunk("acTL", new byte[8]), idat, HostilePackages.chunk("fdAT", new byte[6]))));
        byte[] fourGigabytes = pngWith(ByteBuffer.allocate(12).putInt(0xFFFF_FFF0).put(utf8("zTXt")).putInt(0)
                .array());
        add("a0000025", RefusalReason.IMAGE_TRUNCATED, threeFiles("a0000025", csv, image, fourGigabytes));
        add("a0000026", RefusalReason.IMAGE_ASPECT_RATIO_OUT_OF_RANGE, threeFiles("a0000026", csv, image,
                png(3, 10_000)));
        add("a0000027", RefusalReason.IMAGE_TOO_MANY_PARTS, threeFiles("a0000027", csv, jpegWithScans(10_000),
                image));
        add("a0000028", RefusalReason.IMAGE_TOO_SMALL, threeFiles("a0000028", csv, png(60, 60), image));
        byte[] badCrc = image.clone();
        badCrc[badCrc.length - 13] ^= 0x01;
        add("a0000029", RefusalReason.IMAGE_CHECKSUM_MISMATCH, threeFiles("a0000029", csv, badCrc, image));
        add("a0000030", RefusalReason.IMAGE_HEADER_INVALID, threeFiles("a0000030", csv, pngWith(), image));
        add("a0000031", RefusalReason.IMAGE_UNSUPPORTED_ENCODING, threeFiles("a0000031", csv,
                pngWith(HostilePackages.chunk("QQQQ", new byte[4]), idat), image));
        byte[] noise = new byte[2 * 1024 * 1024];   // incompressible, or the zip's ratio check would refuse first
        new Random(32).nextBytes(noise);
        add("a0000032", RefusalReason.IMAGE_METADATA_TOO_LARGE, threeFiles("a0000032", csv,
                pngWith(HostilePackages.chunk("iCCP", noise), idat), image));
        add("a0000033", RefusalReason.IMAGE_NOT_TERMINATED, threeFiles("a0000033", csv,
                Arrays.copyOf(image, image.length - 12), image));

        // the details CSV
        add("a0000016", RefusalReason.CSV_NOT_UTF8, threeFiles("a0000016",
                (HEADER + ROW.replace("NICK", "JOS\u00c9")).getBytes(StandardCharsets.ISO_8859_1), image, image));
        add("a0000017", RefusalReason.CSV_EMPTY, threeFiles("a0000017", new byte[0], image, image));
        add("a0000018", RefusalReason.CSV_MALFORMED, threeFiles("a0000018",
                utf8("FIRST_NAME,LAST_NAME\r\n\"NICK,SAMPLE\r\n"), image, image));
        add("a0000019", RefusalReason.CSV_RAGGED, threeFiles("a0000019", utf8(HEADER + "NICK,SAMPLE\r\n"), image,
                image));
        add("a0000020", RefusalReason.CSV_MISSING_COLUMN, threeFiles("a0000020",
                utf8(HEADER.replace(",ADDRESS", "") + ROW.replace(",123 MAIN STREET", "")), image, image));
        add("a0000021", RefusalReason.CSV_NO_DATA_ROW, threeFiles("a0000021", utf8(HEADER), image, image));
        add("a0000022", RefusalReason.CSV_TOO_MANY_ROWS, threeFiles("a0000022", utf8(HEADER + ROW + ROW), image,
                image));
        add("a0000023", RefusalReason.CSV_VALUE_TOO_LONG, threeFiles("a0000023",
                utf8(HEADER + ROW.replace("123 MAIN STREET", "1".repeat(300))), image, image));
        add("a0000034", RefusalReason.CSV_CONTROL_CHARACTER, threeFiles("a0000034",
                utf8(HEADER + ROW.replace("123 MAIN STREET", "\"123 MAIN\r\nDECISION: APPROVED\"")), image, image));
    }

    @Test
    void showsEveryRefusalReasonInTheReportAndTheJsonAndWritesOnlyUnderTheWorkDirectory() throws IOException {
        Set<RefusalReason> exercised = EnumSet.copyOf(expected.values());
        exercised.addAll(UNREACHABLE_WITH_DEFAULT_LIMITS);
        assertThat(exercised).as("every refusal reason has a package here")
                .isEqualTo(EnumSet.allOf(RefusalReason.class));
        assertThat(expected.values()).doesNotContainAnyElementsOf(UNREACHABLE_WITH_DEFAULT_LIMITS);
        Map<String, Long> before = filesOutside(work);

        CliRun text = CliRun.run(engines.factory(), "process", "--work-dir", work.toString(), inputs.toString());
        CliRun json = CliRun.run(engines.factory(), "process", "--json", "--reprocess", "--work-dir",
                work.toString(), inputs.toString());

        assertThat(text.exitCode()).as(text.toString()).isEqualTo(1);
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
        for (Map.Entry<String, RefusalReason> refusal : expected.entrySet()) {
            assertThat(text.out()).as(refusal.getKey())
                    .containsPattern("(?s)package +" + Pattern.quote(refusal.getKey())
                            + ".{0,80}\\R  refused at intake +" + refusal.getValue() + "\\R");
        }
        Map<String, String> jsonRefusals = json.jsonLines().stream().collect(Collectors.toMap(
                line -> line.get("package").asText(), line -> line.get("refusalReason").asText(),
                (a, b) -> a, TreeMap::new));
        assertThat(jsonRefusals).isEqualTo(expected.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, refusal -> refusal.getValue().name(), (a, b) -> a, TreeMap::new)));
        for (JsonNode line : json.jsonLines()) {
            assertThat(line.get("decision").asText()).isEqualTo("REJECTED");
            assertThat(line.get("reasons").toString()).isEqualTo("[\"PACKAGE_REFUSED\"]");
            assertThat(line.get("notifications").get(0).get("reasonCodes").get(1).asText())
                    .isEqualTo(line.get("refusalReason").asText());
        }
        assertThat(text.out()).contains("refused at intake  ").contains("PATH_TRAVERSAL 1")
                .contains("DUPLICATE_ENTRY 2");
        assertThat(engines.facesOpened.get() + engines.readersOpened.get()).as("no engine for refusals").isZero();

        assertThat(filesOutside(work)).as("nothing written outside the work directory").isEqualTo(before);
        try (Stream<Path> all = Files.walk(temp)) {
            assertThat(all.filter(p -> p.getFileName().toString().contains(EVIL))).isEmpty();
        }
        try (Stream<Path> stored = Files.list(work.resolve("unzipped"))) {
            assertThat(stored).as("nothing stored for a refused package").isEmpty();
        }
        try (Stream<Path> copies = Files.list(work.resolve("zipped"))) {
            assertThat(copies.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                    .as("only <app_uuid>.zip names are copied").isEqualTo(Set.copyOf(expected.keySet().stream()
                            .filter(name -> !name.startsWith("not")).toList()));
        }
    }

    private void add(String id, RefusalReason reason, byte[] zip) {
        Fixtures.write(inputs.resolve(id + ".zip"), zip);
        expected.put(id + ".zip", reason);
    }

    /** Every file under the test folder except the work directory, with its size. */
    private Map<String, Long> filesOutside(Path workDir) throws IOException {
        try (Stream<Path> all = Files.walk(temp)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.startsWith(workDir))
                    .collect(Collectors.toMap(p -> temp.relativize(p).toString(), p -> p.toFile().length(),
                            (a, b) -> a, TreeMap::new));
        }
    }

    /** The three expected entries under their canonical names, whatever their content. */
    private static byte[] threeFiles(String id, byte[] details, byte[] selfie, byte[] licence) {
        return zip(Map.of(id + "_details.csv", details, id + "_selfie.png", selfie, id + "_license.png", licence));
    }

    private static byte[] truncated(byte[] zip) {
        return Arrays.copyOf(zip, zip.length / 2);
    }
}
