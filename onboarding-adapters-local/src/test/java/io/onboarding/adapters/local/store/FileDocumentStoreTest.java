package io.onboarding.adapters.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.model.ApplicationId;
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
import java.util.List;
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
    @Test
    void purgeDeletesThePackageCopyAndTheListedDocumentsOnly() throws Exception {
        var store = new FileDocumentStore(temp.resolve("work"), 1024);
        store.importPackage(Files.writeString(temp.resolve("8d247914.zip"), "zip bytes"));
        store.importPackage(Files.writeString(temp.resolve("7a135804.zip"), "another zip"));
        DocumentRef selfie = store.storeDocument("8d247914_selfie.png", "image/png", new byte[] {1});
        DocumentRef licence = store.storeDocument("8d247914_license.png", "image/png", new byte[] {2});
        DocumentRef other = store.storeDocument("7a135804_selfie.png", "image/png", new byte[] {3});

        store.purge(ApplicationId.of("8d247914"), List.of(selfie, licence));

        assertThat(temp.resolve("work/zipped/8d247914.zip")).doesNotExist();
        assertThat(temp.resolve("work/unzipped/8d247914_selfie.png")).doesNotExist();
        assertThat(temp.resolve("work/unzipped/8d247914_license.png")).doesNotExist();
        assertThat(temp.resolve("work/zipped/7a135804.zip")).hasContent("another zip");
        assertThat(store.read(other)).containsExactly(3);
        assertThat(temp.resolve("8d247914.zip")).as("the input is only read").hasContent("zip bytes");
    }

    @Test
    void purgingWhatIsAlreadyGoneIsNoError() {
        var store = new FileDocumentStore(temp.resolve("work"), 1024);
        DocumentRef selfie = store.storeDocument("8d247914_selfie.png", "image/png", new byte[] {1});

        store.purge(ApplicationId.of("8d247914"), List.of(selfie));
        store.purge(ApplicationId.of("8d247914"), List.of(selfie, new DocumentRef("unzipped/never-stored.csv")));

        assertThat(temp.resolve("work/unzipped/8d247914_selfie.png")).doesNotExist();
    }

    @Test
    void purgeRefusesAKeyOutsideUnzippedBeforeDeletingAnything() throws Exception {
        var store = new FileDocumentStore(temp.resolve("work"), 1024);
        store.importPackage(Files.writeString(temp.resolve("8d247914.zip"), "zip bytes"));
        Path record = Files.writeString(Files.createDirectories(temp.resolve("work/records"))
                .resolve("8d247914.json"), "{}");

        assertThatThrownBy(() -> store.purge(ApplicationId.of("8d247914"),
                List.of(new DocumentRef("records/8d247914.json")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.purge(ApplicationId.of("8d247914"),
                List.of(new DocumentRef("unzipped/a/b.png")))).isInstanceOf(IllegalArgumentException.class);

        assertThat(record).exists();
        assertThat(temp.resolve("work/zipped/8d247914.zip")).exists();
    }

    @Test
    void purgeNeverDeletesThroughAFolderThatLeadsOutOfTheWorkDirectory() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path precious = Files.writeString(outside.resolve("8d247914_selfie.png"), "not the store's");
        var store = new FileDocumentStore(temp.resolve("work"), 1024);
        Files.delete(temp.resolve("work/unzipped"));
        Files.createSymbolicLink(temp.resolve("work/unzipped"), outside);

        assertThatThrownBy(() -> store.purge(ApplicationId.of("8d247914"),
                List.of(new DocumentRef("unzipped/8d247914_selfie.png")))).isInstanceOf(DependencyException.class)
                .hasMessageContaining("leads out of it");

        assertThat(precious).hasContent("not the store's");
    }

    @Test
    void purgeDeletesALinkInsteadOfTheFileItPointsTo() throws Exception {
        Path precious = Files.writeString(temp.resolve("elsewhere.png"), "not the store's");
        var store = new FileDocumentStore(temp.resolve("work"), 1024);
        Path link = Files.createSymbolicLink(temp.resolve("work/unzipped/8d247914_selfie.png"), precious);

        store.purge(ApplicationId.of("8d247914"), List.of(new DocumentRef("unzipped/8d247914_selfie.png")));

        assertThat(link).doesNotExist();
        assertThat(precious).hasContent("not the store's");
    }
}
