package io.onboarding.cli;

import static io.onboarding.cli.Fixtures.APPROVED;
import static io.onboarding.cli.Fixtures.DETAILS_MISMATCH;
import static io.onboarding.cli.Fixtures.FACES_DIFFERENT;
import static io.onboarding.cli.Fixtures.FACES_MATCH;
import static io.onboarding.cli.Fixtures.FACE_MISMATCH;
import static io.onboarding.cli.Fixtures.SAMPLE_LICENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboarding.adapters.local.license.FileLicenseCheckQueue;
import io.onboarding.adapters.local.store.FileApplicationRepository;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.TestApplications;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of {@code process}, {@code show} and {@code list} on the sample packages, in this JVM. */
class ProcessCommandIT {
    @TempDir
    Path temp;

    private Path inputs;
    private Path work;
    private Path facesMatch;
    private Path facesDifferent;
    private Path sampleLicence;
    private final StubEngines stub = StubEngines.matching();

    @BeforeEach
    void setUp() {
        inputs = temp.resolve("inputs");
        work = temp.resolve("work");
        Path recorded = temp.resolve("recorded");
        facesMatch = Fixtures.recorded(recorded, FACES_MATCH);
        facesDifferent = Fixtures.recorded(recorded, FACES_DIFFERENT);
        sampleLicence = Fixtures.recorded(recorded, SAMPLE_LICENCE);
    }

    private CliRun process(String... args) {
        var all = new ArrayList<>(List.of("process", "--work-dir", work.toString()));
        all.addAll(List.of(args));
        return CliRun.run(stub.factory(), all.toArray(String[]::new));
    }

    private String[] replaying(Path faces, Path... packages) {
        var args = new ArrayList<>(List.of("--compare-faces-response", faces.toString(),
                "--analyze-id-response", sampleLicence.toString()));
        Stream.of(packages).map(Path::toString).forEach(args::add);
        return args.toArray(String[]::new);
    }

    @Test
    void approvesTheFirstSampleFromRecordedAnswersWithExitZero() {
        CliRun run = process(replaying(facesMatch, Fixtures.sample(inputs, APPROVED)));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains(APPROVED + ": APPROVED")
                .contains("face check           passed   similarity 99.41 (threshold 80), 2 faces on the licence")
                .contains("licence validation   valid")
                .containsPattern("FIRST_NAME +MATCH +EXACT")
                .contains("decisions          APPROVED 1");
        assertThat(stub.facesOpened.get() + stub.readersOpened.get()).as("replay opens no engine").isZero();
    }

    @Test
    void rejectsTheDetailsMismatchSampleWithItsFieldOutcomes() {
        CliRun run = process(replaying(facesMatch, Fixtures.sample(inputs, DETAILS_MISMATCH)));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains(DETAILS_MISMATCH + ": REJECTED (DETAILS_MISMATCH)")
                .containsPattern("LAST_NAME +MISMATCH +DIFFERENT")
                .containsPattern("ZIP_CODE_IN_ADDRESS +MISMATCH +DECLARED_INVALID")
                .containsPattern("DATE_OF_BIRTH +MATCH +EQUAL_AFTER_NORMALISATION")
                .contains("licence validation   not run")
                .contains("notified             DETAILS_MATCH_FAILED [DETAILS_MISMATCH, LAST_NAME_MISMATCH,"
                        + " ZIP_CODE_IN_ADDRESS_MISMATCH]");
    }

    @Test
    void rejectsTheFaceMismatchSampleAndStillChecksItsDetails() {
        CliRun run = process(replaying(facesDifferent, Fixtures.sample(inputs, FACE_MISMATCH)));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains(FACE_MISMATCH + ": REJECTED (FACE_MISMATCH)")
                .contains("face check           failed   similarity 0.00 (threshold 80)")
                .contains("details check        passed")
                .contains("notified             FACE_MATCH_FAILED [FACE_MISMATCH]");
    }

    @Test
    void givesTheThreeExpectedDecisionsInOneBatchInInputOrder() {
        Fixtures.sample(inputs, APPROVED);
        Fixtures.sample(inputs, DETAILS_MISMATCH);
        Fixtures.sample(inputs, FACE_MISMATCH);
        var faceOf9c = new StubEngines((selfie, document, floor) -> selfie.key().contains(FACE_MISMATCH)
                ? new FacesCompared(0, 2) : new FacesCompared(99.4, 2),
                document -> TestApplications.theSampleLicence().build());

        CliRun run = CliRun.run(faceOf9c.factory(), "process", "--json", "--work-dir", work.toString(),
                inputs.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.jsonLines()).extracting(line -> line.get("appUuid").asText() + " "
                        + line.get("decision").asText() + " " + line.get("reasons"))
                .containsExactly(
                        DETAILS_MISMATCH + " REJECTED [\"DETAILS_MISMATCH\"]",
                        APPROVED + " APPROVED []",
                        FACE_MISMATCH + " REJECTED [\"FACE_MISMATCH\"]");
    }

    @Test
    void rejectsWhenTheValidatorIsToldToAnswerInvalid() {
        CliRun run = process(replaying(facesMatch, Fixtures.sample(inputs, APPROVED)));
        CliRun invalid = CliRun.run(stub.factory(), "process", "--license-invalid", "--work-dir",
                temp.resolve("w2").toString(), "--compare-faces-response", facesMatch.toString(),
                "--analyze-id-response", sampleLicence.toString(), inputs.resolve(APPROVED + ".zip").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(invalid.exitCode()).as(invalid.toString()).isEqualTo(1);
        assertThat(invalid.out()).contains(APPROVED + ": REJECTED (LICENSE_INVALID)")
                .contains("licence validation   invalid")
                .contains("notified             LICENSE_VALIDATION_FAILED [LICENSE_INVALID]");
    }

    @Test
    void writesOneJsonObjectPerApplicationWithTheDocumentedMembersAndTypes() {
        CliRun run = process(replaying(facesMatch, Fixtures.sample(inputs, APPROVED)));
        CliRun refused = process("--json", Fixtures.write(inputs.resolve("not an id.zip"), new byte[] {1, 2})
                .toString());
        CliRun json = CliRun.run(stub.factory(), "process", "--json", "--reprocess", "--work-dir", work.toString(),
                "--compare-faces-response", facesMatch.toString(), "--analyze-id-response",
                sampleLicence.toString(), inputs.resolve(APPROVED + ".zip").toString());

        assertThat(run.exitCode()).isZero();
        JsonNode approved = json.jsonLines().get(0);
        assertThat(fieldNames(approved)).containsExactly("package", "appUuid", "sourceVersion", "duplicate",
                "decision", "reasons", "refusalReason", "licenseSelfieMatch", "licenseDetailsMatch",
                "licenseValidation", "faceResult", "faceSimilarity", "facesOnDocument", "documentSupported",
                "licenseExpired", "fieldResults", "fieldReasons", "notifications", "error");
        assertThat(approved.get("appUuid").isTextual()).isTrue();
        assertThat(approved.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("licenseSelfieMatch").isBoolean()).isTrue();
        assertThat(approved.get("licenseDetailsMatch").isBoolean()).isTrue();
        assertThat(approved.get("licenseValidation").isBoolean()).isTrue();
        assertThat(approved.get("faceSimilarity").isNumber()).isTrue();
        assertThat(approved.get("faceSimilarity").asDouble()).isEqualTo(99.4072);
        assertThat(approved.get("reasons").isArray()).isTrue();
        assertThat(approved.get("fieldResults").isObject()).isTrue();
        assertThat(fieldNames(approved.get("fieldResults"))).containsExactly("FIRST_NAME", "LAST_NAME",
                "CITY_IN_ADDRESS", "ZIP_CODE_IN_ADDRESS", "STATE_IN_ADDRESS", "DOCUMENT_NUMBER", "DATE_OF_BIRTH",
                "ADDRESS");
        assertThat(approved.get("fieldResults").get("ADDRESS").asText()).isEqualTo("MATCH");
        assertThat(approved.get("error").isNull()).isTrue();

        JsonNode notRun = refused.jsonLines().get(0);
        assertThat(fieldNames(notRun)).isEqualTo(fieldNames(approved));
        assertThat(notRun.get("decision").asText()).isEqualTo("REJECTED");
        assertThat(notRun.get("refusalReason").asText()).isEqualTo("INVALID_APPLICATION_ID");
        for (String member : List.of("licenseSelfieMatch", "licenseDetailsMatch", "licenseValidation",
                "faceSimilarity", "fieldResults")) {
            assertThat(notRun.get(member).isNull()).as(member).isTrue();
        }
        assertThat(refused.err()).as("the summary goes to standard error with --json").contains("summary:");
    }

    @Test
    void reportsARerunOfTheSameZipAsADuplicateFromTheRecord() {
        Path zip = Fixtures.sample(inputs, DETAILS_MISMATCH);
        CliRun first = process(replaying(facesMatch, zip));

        CliRun second = process("--json", zip.toString());

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
        JsonNode line = second.jsonLines().get(0);
        assertThat(line.get("duplicate").asBoolean()).isTrue();
        assertThat(line.get("decision").asText()).isEqualTo("REJECTED");
        assertThat(line.get("notifications")).isEmpty();
        assertThat(stub.facesOpened.get() + stub.readersOpened.get()).as("nothing re-read").isZero();
        assertThat(second.err()).contains("duplicates         1");
    }

    @Test
    void submitsALicenceCheckThatAnEarlierRunQueuedButNeverSubmitted() {
        Path zip = Fixtures.sample(inputs, APPROVED);
        process(replaying(facesMatch, zip));
        var repository = new FileApplicationRepository(work);
        ApplicationRecord done = repository.find(ApplicationId.of(APPROVED)).orElseThrow();
        repository.save(new ApplicationRecord(done.id(), done.sourceVersion(), done.revision() + 1, done.attempts(),
                done.receivedAt(), done.updatedAt(), done.applicant(), done.refusal(), done.documents(),
                done.faceCheck(),
                done.detailsCheck(), Optional.empty(),
                Optional.of(new KycDecision(DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of())), done.effects(),
                done.history(), Optional.empty(), Optional.empty()));
        new FileLicenseCheckQueue(work).enqueue(new LicenseCheckRequest(done.applicant().orElseThrow()
                .documentNumber(), true, done.id()));   // the earlier run stopped after queueing

        CliRun again = process("--json", zip.toString());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        JsonNode line = again.jsonLines().get(0);
        assertThat(line.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(line.get("licenseValidation").asBoolean()).isTrue();
        assertThat(stub.facesOpened.get() + stub.readersOpened.get()).as("the checks are not re-run").isZero();
    }

    @Test
    void reprocessesAnEarlierPackageOnRequest() {
        Path zip = Fixtures.sample(inputs, APPROVED);
        process(replaying(facesMatch, zip));

        CliRun again = process("--reprocess", "--json", zip.toString());

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.jsonLines().get(0).get("duplicate").asBoolean()).isFalse();
        assertThat(stub.facesOpened.get()).isEqualTo(1);
    }

    @Test
    void showsAndListsWhatWasProcessed() {
        process(replaying(facesMatch, Fixtures.sample(inputs, APPROVED), Fixtures.sample(inputs, DETAILS_MISMATCH)));

        CliRun show = CliRun.run(stub.factory(), "show", "--work-dir", work.toString(), DETAILS_MISMATCH);
        CliRun showJson = CliRun.run(stub.factory(), "show", "--json", "--work-dir", work.toString(), APPROVED);
        CliRun list = CliRun.run(stub.factory(), "list", "--work-dir", work.toString());
        CliRun listJson = CliRun.run(stub.factory(), "list", "--json", "--work-dir", work.toString());
        CliRun missing = CliRun.run(stub.factory(), "show", "--work-dir", work.toString(), "0000");

        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains(DETAILS_MISMATCH + ": REJECTED (DETAILS_MISMATCH)")
                .containsPattern("LAST_NAME +MISMATCH +DIFFERENT")
                .contains("notified             DETAILS_MATCH_FAILED (earlier)")
                .doesNotContain("JOHN");
        assertThat(showJson.jsonLines()).singleElement()
                .satisfies(line -> assertThat(line.get("licenseValidation").asBoolean()).isTrue());
        assertThat(list.out()).containsPattern(DETAILS_MISMATCH + " +REJECTED \\(DETAILS_MISMATCH\\)")
                .containsPattern(APPROVED + " +APPROVED").contains("2 applications");
        assertThat(listJson.jsonLines()).extracting(line -> line.get("appUuid").asText())
                .containsExactly(DETAILS_MISMATCH, APPROVED);
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no record for application 0000");
    }

    @Test
    void listsADamagedRecordByIdOnlyAndExitsWithThree() throws Exception {
        process(replaying(facesMatch, Fixtures.sample(inputs, APPROVED), Fixtures.sample(inputs, DETAILS_MISMATCH)));
        Path damaged = work.resolve("records/" + DETAILS_MISMATCH + ".json");
        String whole = Files.readString(damaged);
        Files.writeString(damaged, whole.substring(0, whole.indexOf("JOHN") + 4));

        CliRun list = CliRun.run(stub.factory(), "list", "--work-dir", work.toString());
        CliRun listJson = CliRun.run(stub.factory(), "list", "--json", "--work-dir", work.toString());

        assertThat(list.exitCode()).isEqualTo(3);
        assertThat(list.out()).containsPattern(APPROVED + " +APPROVED")
                .containsPattern(DETAILS_MISMATCH + " +damaged: records/" + DETAILS_MISMATCH + ".json")
                .contains("1 application, 1 damaged record").doesNotContain("JOHN");
        assertThat(listJson.jsonLines()).extracting(line -> line.get("appUuid").asText() + " "
                + line.get("error").path("type").asText("-")).containsExactly(APPROVED + " -",
                DETAILS_MISMATCH + " DamagedRecord");
    }

    @Test
    void withholdsTheMessageOfAnUnexpectedFailureAsItMayQuoteThePackage() {
        Fixtures.sample(inputs, APPROVED);
        var engines = new StubEngines((selfie, document, floor) -> {
            throw new IllegalStateException("could not parse NICK SAMPLE 1957");
        }, document -> TestApplications.theSampleLicence().build());

        CliRun run = CliRun.run(engines.factory(), "process", "--json", "--work-dir", work.toString(),
                inputs.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        JsonNode error = run.jsonLines().get(0).get("error");
        assertThat(error.get("type").asText()).isEqualTo("IllegalStateException");
        assertThat(run.out() + run.err()).doesNotContain("NICK", "SAMPLE", "1957");
    }

    @Test
    void showsTheDeclaredValuesOnlyWhenAsked() {
        process(replaying(facesMatch, Fixtures.sample(inputs, DETAILS_MISMATCH)));

        CliRun plain = CliRun.run(stub.factory(), "show", "--work-dir", work.toString(), DETAILS_MISMATCH);
        CliRun revealed = CliRun.run(stub.factory(), "show", "--reveal-declared-values", "--work-dir",
                work.toString(), DETAILS_MISMATCH);

        assertThat(plain.out()).doesNotContain("JOHN", "TALLAHASSEE");
        assertThat(revealed.out()).contains("declared values").containsPattern("LAST_NAME +JOHN");
    }

    @Test
    void exitsWithThreeWhenAnEngineFailsForOnePackageWhileTheOthersComplete() {
        String broken = "b40000";
        Fixtures.sample(inputs, APPROVED);
        Fixtures.sampleAs(inputs, APPROVED, broken);
        Fixtures.sampleAs(inputs, APPROVED, "c50000");
        var engines = new StubEngines((selfie, document, floor) -> {
            if (selfie.key().contains(broken)) {
                throw new TransientDependencyException("opencv", "comparing failed for " + broken);
            }
            return new FacesCompared(99, 2);
        }, document -> TestApplications.theSampleLicence().build());

        CliRun run = CliRun.run(engines.factory(), "process", "--json", "--parallel", "2", "--work-dir",
                work.toString(), inputs.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.jsonLines()).extracting(line -> line.get("appUuid").asText() + " "
                        + line.get("decision").asText("-") + " " + line.get("error").path("dependency").asText("-"))
                .containsExactly(APPROVED + " APPROVED -", broken + " - opencv", "c50000 APPROVED -");
        JsonNode failed = run.jsonLines().get(1);
        assertThat(failed.get("decision").isNull()).isTrue();
        assertThat(failed.get("error").get("retryable").asBoolean()).isTrue();
        assertThat(failed.get("licenseSelfieMatch").isNull()).isTrue();
        assertThat(run.err()).contains("not processed      1");
        assertThat(engines.closed.get()).isEqualTo(1);
    }

    @Test
    void exitsWithThreeWhenAPermanentFailureIsRecordedForReview() {
        var engines = new StubEngines((selfie, document, floor) -> new FacesCompared(99, 2), document -> {
            throw new DependencyException("tesseract", "no language data");
        });

        CliRun run = CliRun.run(engines.factory(), "process", "--work-dir", work.toString(),
                Fixtures.sample(inputs, APPROVED).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).contains(APPROVED + ": NEEDS_REVIEW (DEPENDENCY_FAILURE)")
                .contains("error                tesseract: no language data")
                .contains("face check           passed")
                .contains("details check        not run")
                .contains("PROCESSING_FAILED [DEPENDENCY_FAILURE, DEPENDENCY_TESSERACT]");
    }

    @Test
    void exitsWithThreeWhenARecordedAnswerIsAThrottlingError() {
        Path throttled = Fixtures.recorded(temp, "textract/error-throttling.json");

        CliRun run = process("--json", "--compare-faces-response", facesMatch.toString(),
                "--analyze-id-response", throttled.toString(), Fixtures.sample(inputs, APPROVED).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        JsonNode line = run.jsonLines().get(0);
        assertThat(line.get("error").get("dependency").asText()).isEqualTo("textract");
        assertThat(line.get("error").get("retryable").asBoolean()).isTrue();
        assertThat(line.get("licenseSelfieMatch").asBoolean()).as("the face check that ran is shown").isTrue();
    }

    @Test
    void refersAnUnsupportedDocumentFromARecordedError() {
        Path unsupported = Fixtures.recorded(temp, "textract/error-unsupported-document.json");

        CliRun run = process("--json", "--compare-faces-response", facesMatch.toString(),
                "--analyze-id-response", unsupported.toString(), Fixtures.sample(inputs, APPROVED).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode line = run.jsonLines().get(0);
        assertThat(line.get("decision").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(line.get("reasons").toString()).isEqualTo("[\"DOCUMENT_UNSUPPORTED\"]");
        assertThat(line.get("documentSupported").asBoolean()).isFalse();
        assertThat(line.get("licenseExpired").isNull()).as("no expiry date was read").isTrue();
        assertThat(line.get("fieldResults").isObject()).isTrue();
        assertThat(line.get("fieldResults")).isEmpty();
    }

    @Test
    void reproducesAnExpiryDecisionOnAGivenDay() {
        Path zip = Fixtures.sample(inputs, APPROVED);

        CliRun run = process("--json", "--as-of", "2027-02-01", "--compare-faces-response", facesMatch.toString(),
                "--analyze-id-response", sampleLicence.toString(), zip.toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode line = run.jsonLines().get(0);
        assertThat(line.get("decision").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(line.get("reasons").toString()).isEqualTo("[\"LICENSE_EXPIRED\"]");
        assertThat(line.get("licenseExpired").asBoolean()).isTrue();
        ApplicationRecord record = new FileApplicationRepository(work).find(ApplicationId.of(APPROVED)).orElseThrow();
        assertThat(record.receivedAt()).as("--as-of moves the expiry rule's day only").isEqualTo(CliRun.CLOCK.instant());
        assertThat(record.history()).allSatisfy(event -> assertThat(event.at()).isEqualTo(CliRun.CLOCK.instant()));
        assertThat(record.effects().values()).allSatisfy(state -> assertThat(state.at())
                .isEqualTo(CliRun.CLOCK.instant()));
    }

    @Test
    void aParallelBatchGivesTheSameResultsAsASequentialOne() throws Exception {
        Path batch = temp.resolve("batch");
        for (int i = 0; i < 20; i++) {
            String source = List.of(APPROVED, DETAILS_MISMATCH, FACE_MISMATCH).get(i % 3);
            Fixtures.sampleAs(batch, source, String.format("app%02d-%s", i, source));
        }
        var engines = new StubEngines((selfie, document, floor) -> selfie.key().contains(FACE_MISMATCH)
                ? new FacesCompared(3.5, 2) : new FacesCompared(99.4, 2),
                document -> TestApplications.theSampleLicence().build());

        CliRun sequential = CliRun.run(engines.factory(), "process", "--json", "--work-dir",
                temp.resolve("sequential").toString(), batch.toString());
        CliRun parallel = CliRun.run(engines.factory(), "process", "--json", "--parallel", "4", "--work-dir",
                temp.resolve("parallel").toString(), batch.toString());

        assertThat(sequential.exitCode()).isEqualTo(1);
        assertThat(parallel.exitCode()).isEqualTo(1);
        assertThat(parallel.jsonLines()).hasSize(20).isEqualTo(sequential.jsonLines());
        assertThat(parallel.err()).contains("decisions          APPROVED 7, REJECTED 13").contains("4 workers");
        try (Stream<Path> records = Files.list(temp.resolve("parallel/records"))) {
            assertThat(records.filter(p -> p.toString().endsWith(".json"))).hasSize(20);
        }
    }

    @Test
    void processesInputsWithTheSameNameOneAfterTheOtherInInputOrderAsReuploads() {
        var inputs = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            Path folder = temp.resolve("upload-" + i);
            inputs.add((i % 2 == 0 ? Fixtures.sample(folder, APPROVED)
                    : Fixtures.sampleAs(folder, DETAILS_MISMATCH, APPROVED)).toString());
        }

        CliRun run = process(Stream.concat(Stream.of("--json", "--parallel", "4"), inputs.stream())
                .toArray(String[]::new));

        assertThat(run.jsonLines()).extracting(line -> line.get("decision").asText() + " "
                        + line.get("reasons") + " " + line.get("duplicate"))
                .containsExactly("APPROVED [] false", "REJECTED [\"DETAILS_MISMATCH\"] false",
                        "APPROVED [] false", "REJECTED [\"DETAILS_MISMATCH\"] false",
                        "APPROVED [] false", "REJECTED [\"DETAILS_MISMATCH\"] false");
        assertThat(run.jsonLines().get(0).get("sourceVersion")).isNotEqualTo(run.jsonLines().get(1)
                .get("sourceVersion"));
        CliRun list = CliRun.run(stub.factory(), "list", "--work-dir", work.toString());
        assertThat(list.out()).as("the re-upload replaced the record").contains("REJECTED (DETAILS_MISMATCH)")
                .contains("1 application");
    }

    @Test
    void drawsAProgressBarOnATerminalButNeverIntoTheJson() {
        Fixtures.sample(inputs, APPROVED);
        var context = new OnboardingCli.Context(CliRun.CLOCK, stub.factory(), () -> true);

        CliRun run = CliRun.run(context, "process", "--json", "--work-dir", work.toString(), inputs.toString());

        assertThat(run.jsonLines()).hasSize(1);
        assertThat(run.out()).doesNotContain("\r");
        assertThat(run.err()).contains("\r[").contains("1/1 100%");
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
