package io.onboarding.adapters.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.SelfieFaces;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.FixedSelfieInspector;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.records.ApplicationRecordCodec;
import io.onboarding.records.testing.ApplicationRecords;
import io.onboarding.records.testing.ApplicationRepositoryContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The repository contract every store runs, and what is the record files' own. */
class FileApplicationRepositoryTest extends ApplicationRepositoryContract {
    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
    private static final ApplicationId ID = ApplicationId.of("8d247914");

    @TempDir
    Path work;

    /** A new instance per call, as each CLI worker and process has its own: they share the work directory. */
    @Override
    protected ApplicationRepository repository() {
        return new FileApplicationRepository(work);
    }

    @Override
    protected void storeAsWrittenBeforeTheHistory(Map<String, Object> attributes) {
        var file = new LinkedHashMap<String, Object>();
        file.put("SCHEMA_VERSION", 2);
        file.putAll(attributes);
        try {
            Path records = Files.createDirectories(work.resolve("records"));
            Files.write(records.resolve(attributes.get("APP_UUID") + ".json"), new ObjectMapper()
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature())
                    .writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApplicationRecord accepted() {
        return ApplicationRecord.accepted(ID, "v1", 1, TestApplications.anApplicant().build(), AT);
    }

    @Test
    void writesTheRecordCodecsAttributesUnderASchemaVersion() throws Exception {
        ApplicationRecord record = ApplicationRecords.sampleApplicant("8d247914");
        new FileApplicationRepository(work).save(record);

        JsonNode file = new ObjectMapper().readTree(work.resolve("records/8d247914.json").toFile());

        var names = new ArrayList<String>();
        file.fieldNames().forEachRemaining(names::add);
        assertThat(names.get(0)).isEqualTo("SCHEMA_VERSION");
        assertThat(file.get("SCHEMA_VERSION").asInt()).isEqualTo(4);
        assertThat(names.subList(1, names.size()))
                .containsExactlyElementsOf(ApplicationRecordCodec.toAttributes(record).keySet());
        assertThat(file.get("LAST_NAME").asText()).isEqualTo("SAMPLE");
        assertThat(file.get("REVISION").isIntegralNumber()).isTrue();
        assertThat(file.get("HISTORY").isArray()).isTrue();
        assertThat(file.get("HISTORY").get(0).get("kind").asText()).isEqualTo("RECEIVED");
        assertThat(file.has("EXPIRES_AT")).as("the table's own").isFalse();
    }

    static Stream<ApplicationRecord> schemaOneRecords() {
        return SchemaOneRecords.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaOneRecords")
    void readsTheRecordFilesOfSchemaOne(ApplicationRecord record) throws IOException {
        Path records = Files.createDirectories(work.resolve("records"));
        String name = record.id().value() + ".json";
        try (InputStream in = getClass().getResourceAsStream("/records-schema-1/" + name)) {
            Files.copy(in, records.resolve(name));
        }
        var repository = new FileApplicationRepository(work);

        assertThat(repository.find(record.id())).as("without history, as written").contains(record);
        ApplicationRecord next = record.withAttempt(AT.plusSeconds(60));
        assertThat(repository.save(next)).as("saved on top, as schema 4").isTrue();
        assertThat(Files.readString(records.resolve(name))).contains("\"SCHEMA_VERSION\" : 4");
        assertThat(repository.find(record.id())).contains(next);
    }

    @Test
    void readsASchemaThreeFileAsAFaceCheckWithoutSelfieCheckAndRewritesItAsSchemaFour() throws Exception {
        ApplicationRecord checked = ApplicationRecords.selfieChecked("8d247914", SelfieFaces.of(
                FixedSelfieInspector.GOOD_FACE));
        var attributes = new LinkedHashMap<>(ApplicationRecordCodec.toAttributes(checked));
        attributes.remove(ApplicationRecordCodec.SELFIE_QUALITY);
        var file = new LinkedHashMap<String, Object>();
        file.put("SCHEMA_VERSION", 3);
        file.putAll(attributes);
        Path records = Files.createDirectories(work.resolve("records"));
        Files.write(records.resolve("8d247914.json"), new ObjectMapper()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature()).writeValueAsBytes(file));
        var repository = new FileApplicationRepository(work);

        ApplicationRecord read = repository.find(ID).orElseThrow();

        assertThat(read.faceCheck().orElseThrow().quality()).isEmpty();
        assertThat(read.faceCheck().orElseThrow().passed()).isTrue();
        assertThat(repository.save(read.withAttempt(AT.plusSeconds(60)))).isTrue();
        assertThat(Files.readString(records.resolve("8d247914.json"))).contains("\"SCHEMA_VERSION\" : 4");
    }

    @Test
    void refusesARecordOfALaterSchemaByIdOnly() throws Exception {
        var repository = new FileApplicationRepository(work);
        repository.save(accepted());
        Path file = work.resolve("records/8d247914.json");
        Files.writeString(file, Files.readString(file).replace("\"SCHEMA_VERSION\" : 4", "\"SCHEMA_VERSION\" : 5"));

        assertThatThrownBy(() -> repository.find(ID)).isInstanceOf(DependencyException.class)
                .isNotInstanceOf(TransientDependencyException.class)
                .hasMessage("local-records: the record of 8d247914 was written by a later release (record schema 5):"
                        + " read it with that release, or move records/8d247914.json out of the work directory to"
                        + " process the package again");
    }

    @Test
    void keepsRecordsAcrossRuns() {
        ApplicationRecord record = ApplicationRecords.sampleApplicant(ID.value());
        new FileApplicationRepository(work).save(record);

        assertThat(new FileApplicationRepository(work).find(ID)).as("another run").contains(record);
    }

    @Test
    void leavesNoTemporaryFileBehindConcurrentWriters() throws Exception {
        var repository = new FileApplicationRepository(work);
        repository.save(accepted());
        var pool = Executors.newFixedThreadPool(8);
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 16; i++) {
            attempts.add(() -> new FileApplicationRepository(work).save(accepted().withAttempt(AT)));
        }

        List<Future<Boolean>> results = pool.invokeAll(attempts);
        pool.shutdown();

        long wins = 0;
        for (Future<Boolean> result : results) {
            wins += result.get() ? 1 : 0;
        }
        assertThat(wins).isEqualTo(1);
        try (var files = Files.list(work.resolve("records"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left behind").containsExactlyInAnyOrder(".lock", "8d247914.json");
        }
    }

    @Test
    void aDamagedRecordIsAPermanentFailureNamingItsFileNotItsContent() throws Exception {
        var repository = new FileApplicationRepository(work);
        repository.save(accepted());
        Path file = work.resolve("records/8d247914.json");
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.indexOf("SAMPLE") + 6));

        assertThatThrownBy(() -> repository.find(ID)).isInstanceOf(DependencyException.class)
                .isNotInstanceOf(TransientDependencyException.class)
                .hasMessageContaining("records/8d247914.json").hasMessageNotContaining("SAMPLE");
    }

    @Test
    void aRecordWithAMistypedAttributeIsDamaged() throws Exception {
        var repository = new FileApplicationRepository(work);
        repository.save(accepted());
        Path file = work.resolve("records/8d247914.json");
        Files.writeString(file, Files.readString(file).replace("\"SAMPLE\"", "42"));

        assertThatThrownBy(() -> repository.find(ID)).isInstanceOf(DependencyException.class)
                .hasMessageContaining("damaged")
                .hasRootCauseMessage("attribute LAST_NAME is not a string");
    }

    @Test
    void aRecordFiledUnderAnotherIdIsDamaged() throws Exception {
        var repository = new FileApplicationRepository(work);
        repository.save(accepted());
        Files.move(work.resolve("records/8d247914.json"), work.resolve("records/9c358026.json"));

        assertThatThrownBy(() -> repository.find(ApplicationId.of("9c358026"))).isInstanceOf(DependencyException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void listsTheReadableRecordsByIdAndReportsTheDamagedOnes() throws Exception {
        var repository = new FileApplicationRepository(work);
        ApplicationRecord refused = ApplicationRecords.refused("refused1");
        for (long revision = 1; revision <= refused.revision(); revision++) {
            repository.save(ApplicationRecords.atRevision(refused, revision));
        }
        repository.save(accepted());
        Files.writeString(work.resolve("records/7a135804.json"), "{\"APP_UUID\": ");
        var damaged = new ArrayList<ApplicationId>();

        assertThat(repository.findAll(damaged::add)).extracting(ApplicationRecord::id)
                .containsExactly(ID, refused.id());
        assertThat(damaged).containsExactly(ApplicationId.of("7a135804"));
    }

    @Test
    void listsNothingInAnEmptyWorkDirectory() {
        assertThat(new FileApplicationRepository(work).findAll(id -> fail("damaged: " + id))).isEmpty();
    }
}
