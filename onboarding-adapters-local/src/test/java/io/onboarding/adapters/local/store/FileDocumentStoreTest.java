package io.onboarding.adapters.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.DocumentNotFoundException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDocumentStoreTest {
    @TempDir
    Path temp;

    @Test
    void copiesAnInputZipUnderZippedAndVersionsItByItsSha256() throws Exception {
        byte[] zip = "zip bytes".getBytes(StandardCharsets.UTF_8);
        Path input = Files.write(temp.resolve("8d247914.zip"), zip);
        var store = new FileDocumentStore(temp.resolve("work"), 1024);

        PackageRef ref = store.importPackage(input);

        assertThat(ref.key()).isEqualTo("zipped/8d247914.zip");
        assertThat(ref.sourceVersion()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(zip)));
        try (InputStream in = store.openPackage(ref)) {
            assertThat(in.readAllBytes()).isEqualTo(zip);
        }
        assertThat(input).hasBinaryContent(zip);
    }

    @Test
    void copiesNoMoreThanTheLimitButHashesTheWholeFile() throws Exception {
        byte[] big = new byte[5000];
        Path input = Files.write(temp.resolve("big.zip"), big);
        var store = new FileDocumentStore(temp.resolve("work"), 1001);

        PackageRef ref = store.importPackage(input);

        assertThat(temp.resolve("work/zipped/big.zip")).hasSize(1001);
        assertThat(ref.sourceVersion()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(big)));
    }

    @Test
    void aWorkDirectoryThatCannotBeWrittenIsTheStoresFailureNotTheInputs() throws Exception {
        Path input = Files.writeString(temp.resolve("8d247914.zip"), "zip bytes");
        var store = new FileDocumentStore(temp.resolve("work"), 1024);
        Files.delete(temp.resolve("work/zipped"));
        Files.writeString(temp.resolve("work/zipped"), "a file where the folder was");

        assertThatThrownBy(() -> store.importPackage(input)).isInstanceOf(DependencyException.class)
                .hasMessageContaining("cannot write zipped/ in the work directory");
    }

    @Test
    void onlyHashesAFileWhoseNameIsNoApplicationId() throws Exception {
        Path input = Files.writeString(temp.resolve("not an id.zip"), "x");
        var store = new FileDocumentStore(temp.resolve("work"), 1024);

        PackageRef ref = store.importPackage(input);

        assertThat(ref.applicationId()).isEmpty();
        try (var copies = Files.list(temp.resolve("work/zipped"))) {
            assertThat(copies).isEmpty();
        }
    }

    @Test
    void storesAcceptedFilesUnderUnzippedAndReadsThemBack() {
        var store = new FileDocumentStore(temp.resolve("work"), 1024);

        DocumentRef ref = store.storeDocument("8d247914_selfie.png", "image/png", new byte[] {1, 2, 3});

        assertThat(ref.key()).isEqualTo("unzipped/8d247914_selfie.png");
        assertThat(store.read(ref)).containsExactly(1, 2, 3);
        assertThat(temp.resolve("work/unzipped/8d247914_selfie.png")).hasBinaryContent(new byte[] {1, 2, 3});
    }

    @Test
    void refusesNamesThatLeaveTheirFolder() {
        var store = new FileDocumentStore(temp.resolve("work"), 1024);

        assertThatThrownBy(() -> store.storeDocument("../escape.png", "image/png", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.storeDocument("a/b.png", "image/png", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.read(new DocumentRef("records/8d247914.json")))
                .isInstanceOf(DocumentNotFoundException.class);
        assertThat(temp.resolve("work/escape.png")).doesNotExist();
    }

    @Test
    void reportsAMissingDocumentAsNotFound() {
        var store = new FileDocumentStore(temp.resolve("work"), 1024);

        assertThatThrownBy(() -> store.read(new DocumentRef("unzipped/none.png")))
                .isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> store.openPackage(new PackageRef("zipped/none.zip", "v")))
                .isInstanceOf(DocumentNotFoundException.class);
    }
}
