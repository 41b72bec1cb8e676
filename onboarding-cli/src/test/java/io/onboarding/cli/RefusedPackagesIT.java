package io.onboarding.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.domain.testing.TestApplications;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages that intake refuses, built here: each shows its reason code in the report and in the JSON, and the run
 * writes nothing outside the work directory, whatever the package's entries say.
 */
class RefusedPackagesIT {
    private static final String EVIL = "evil-" + "planted.txt";

    @TempDir
    Path temp;

    private Path inputs;
    private Path work;
    private final Map<String, String> expected = new LinkedHashMap<>();
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

        add("a0000001", "PATH_TRAVERSAL", zip(Map.of("../../" + EVIL, bytes("planted"),
                "a0000001_details.csv", csv)));
        add("a0000002", "ABSOLUTE_PATH", zip(Map.of("/tmp/" + EVIL, bytes("planted"))));
        add("a0000003", "NOT_A_ZIP", bytes("this is not a zip archive at all, just text"));
        add("a0000004", "MISSING_ENTRY", zip(Map.of("a0000004_details.csv", csv, "a0000004_selfie.png", selfie)));
        add("a0000005", "UNEXPECTED_ENTRY", zip(Map.of("a0000005_details.csv", csv, "a0000005_selfie.png", selfie,
                "a0000005_license.png", licence, "readme.txt", bytes("hello"))));
        add("a0000006", "FOLDER_ENTRY", zip(Map.of("sub/", new byte[0])));
        add("a0000007", "NOT_AN_IMAGE", zip(Map.of("a0000007_details.csv", csv,
                "a0000007_selfie.png", bytes("GIF89a not a png"), "a0000007_license.png", licence)));
        add("a0000008", "CSV_MALFORMED", zip(Map.of("a0000008_details.csv",
                bytes("FIRST_NAME,LAST_NAME\r\n\"NICK,SAMPLE\r\n"), "a0000008_selfie.png", selfie,
                "a0000008_license.png", licence)));
        add("a0000009", "SUSPICIOUS_COMPRESSION", zip(Map.of("a0000009_details.csv", csv,
                "a0000009_selfie.png", new byte[12 * 1024 * 1024], "a0000009_license.png", licence)));
        add("a0000010", "CORRUPT_ARCHIVE", truncated(zip(Map.of("a0000010_details.csv", csv,
                "a0000010_selfie.png", selfie, "a0000010_license.png", licence))));
        Fixtures.write(inputs.resolve("not an id!.zip"), zip(Map.of("x", bytes("x"))));
        expected.put("not an id!.zip", "INVALID_APPLICATION_ID");
    }

    @Test
    void showsEveryRefusalReasonInTheReportAndTheJsonAndWritesOnlyUnderTheWorkDirectory() throws IOException {
        Map<String, Long> before = filesOutside(work);

        CliRun text = CliRun.run(engines.factory(), "process", "--work-dir", work.toString(), inputs.toString());
        CliRun json = CliRun.run(engines.factory(), "process", "--json", "--reprocess", "--work-dir",
                work.toString(), inputs.toString());

        assertThat(text.exitCode()).as(text.toString()).isEqualTo(1);
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
        for (Map.Entry<String, String> refusal : expected.entrySet()) {
            assertThat(text.out()).as(refusal.getKey())
                    .containsPattern("(?s)package +" + java.util.regex.Pattern.quote(refusal.getKey())
                            + ".{0,80}\\R  refused at intake +" + refusal.getValue() + "\\R");
        }
        Map<String, String> jsonRefusals = json.jsonLines().stream().collect(Collectors.toMap(
                line -> line.get("package").asText(), line -> line.get("refusalReason").asText(),
                (a, b) -> a, TreeMap::new));
        assertThat(jsonRefusals).isEqualTo(new TreeMap<>(expected));
        for (JsonNode line : json.jsonLines()) {
            assertThat(line.get("decision").asText()).isEqualTo("REJECTED");
            assertThat(line.get("reasons").toString()).isEqualTo("[\"PACKAGE_REFUSED\"]");
            assertThat(line.get("notifications").get(0).get("reasonCodes").get(1).asText())
                    .isEqualTo(line.get("refusalReason").asText());
        }
        assertThat(text.out()).contains("refused at intake  ").contains("PATH_TRAVERSAL 1");
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

    private void add(String id, String reason, byte[] zip) {
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> entries) {
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

    private static byte[] truncated(byte[] zip) {
        return java.util.Arrays.copyOf(zip, zip.length / 2);
    }

    private static Map<String, byte[]> entries(byte[] zip) {
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
}
