package io.onboarding.cli;

import static io.onboarding.cli.Fixtures.APPROVED;
import static io.onboarding.cli.Fixtures.DETAILS_MISMATCH;
import static io.onboarding.cli.Fixtures.FACES_MATCH;
import static io.onboarding.cli.Fixtures.SAMPLE_LICENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.local.store.FileApplicationRepository;
import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.model.ApplicationId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code status}, {@code review} and {@code purge} on the work directory that {@code process} filled from the sample
 * packages and recorded AWS answers, in this JVM: the decision, the history, every refusal, the purge, and no
 * declared value nor review note in anything printed or notified.
 */
class ReviewAndPurgeIT {
    /** The sample CSVs' declared values (8d247914 and 7a135804), long enough not to occur by chance. */
    private static final List<String> DECLARED = List.of("NICK", "SAMPLE", "JOHN", "TALLAHASSEE", "000001234",
            "S123456579010", "1957", "MAIN STREET");
    /** A note that would be seen wherever it leaked. */
    private static final String NOTE = "Called NICK SAMPLE, born 1957: licence renewed, canary-note-4711";
    private static final String NOTE_MARK = "canary-note-4711";

    @TempDir
    Path temp;

    private Path inputs;
    private Path work;
    private Path facesMatch;
    private Path sampleLicence;
    private Path unsupported;
    private final StubEngines stub = StubEngines.matching();
    private final List<CliRun> runs = new ArrayList<>();

    @BeforeEach
    void setUp() {
        inputs = temp.resolve("inputs");
        work = temp.resolve("work");
        Path recorded = temp.resolve("recorded");
        facesMatch = Fixtures.recorded(recorded, FACES_MATCH);
        sampleLicence = Fixtures.recorded(recorded, SAMPLE_LICENCE);
        unsupported = Fixtures.recorded(recorded, "textract/error-unsupported-document.json");
    }

    private CliRun cli(String... args) {
        var all = new ArrayList<>(List.of(args));
        all.add(1, "--work-dir");
        all.add(2, work.toString());
        CliRun run = CliRun.run(stub.factory(), all.toArray(String[]::new));
        runs.add(run);
        return run;
    }

    /** The approved sample, processed on the recorded answers. */
    private void processApproved() {
        CliRun run = cli("process", "--compare-faces-response", facesMatch.toString(), "--analyze-id-response",
                sampleLicence.toString(), Fixtures.sample(inputs, APPROVED).toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    /** The details-mismatch sample, referred: the recorded AnalyzeID answer says the document is unsupported. */
    private void processReferred() {
        CliRun run = cli("process", "--compare-faces-response", facesMatch.toString(), "--analyze-id-response",
                unsupported.toString(), Fixtures.sample(inputs, DETAILS_MISMATCH).toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains(DETAILS_MISMATCH + ": NEEDS_REVIEW (DOCUMENT_UNSUPPORTED)");
    }

    private Path noteFile() {
        return Fixtures.write(temp.resolve("note.txt"), (NOTE + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode status(String id) {
        CliRun run = cli("status", "--json", id);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run.jsonLines().get(0);
    }

    private List<JsonNode> notifications() throws IOException {
        var mapper = new ObjectMapper();
        var lines = new ArrayList<JsonNode>();
        if (!Files.exists(work.resolve("notifications.jsonl"))) {
            return lines;
        }
        for (String line : Files.readAllLines(work.resolve("notifications.jsonl"))) {
            lines.add(mapper.readTree(line));
        }
        return lines;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void aReviewApprovesAReferredApplicationRecordsWhoAndWhyAndNotifiesTheBank() throws Exception {
        processReferred();

        CliRun review = cli("review", DETAILS_MISMATCH, "--outcome", "approved", "--reviewer", "alice@bank.example",
                "--reason", "LICENCE_CHECKED_BY_HAND", "--note-file", noteFile().toString());

        assertThat(review.exitCode()).as(review.toString()).isZero();
        assertThat(review.out()).startsWith(DETAILS_MISMATCH + ": reviewed, now APPROVED (LICENCE_CHECKED_BY_HAND);"
                + " the bank was notified (REVIEWED)");
        JsonNode status = status(DETAILS_MISMATCH);
        assertThat(status.get("stage").asText()).isEqualTo("DECIDED");
        assertThat(status.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(status.get("review").get("reviewer").asText()).isEqualTo("alice@bank.example");
        assertThat(status.get("review").get("outcome").asText()).isEqualTo("APPROVED");
        assertThat(status.get("review").get("reasonCode").asText()).isEqualTo("LICENCE_CHECKED_BY_HAND");
        assertThat(status.get("review").get("hasNote").asBoolean()).isTrue();
        assertThat(status.get("decidedAt").asText()).isEqualTo(status.get("review").get("at").asText());
        JsonNode reviewed = status.get("history").get(status.get("history").size() - 2);
        assertThat(reviewed.get("kind").asText()).isEqualTo("REVIEWED");
        assertThat(reviewed.get("actor").asText()).isEqualTo("alice@bank.example");
        assertThat(texts(reviewed.get("codes"))).containsExactly("LICENCE_CHECKED_BY_HAND");
        assertThat(reviewed.get("before").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(reviewed.get("after").asText()).isEqualTo("APPROVED");
        JsonNode sent = notifications().get(notifications().size() - 1);
        assertThat(sent.get("appUuid").asText()).isEqualTo(DETAILS_MISMATCH);
        assertThat(sent.get("kind").asText()).isEqualTo("REVIEWED");
        assertThat(texts(sent.get("reasonCodes"))).containsExactly("APPROVED", "LICENCE_CHECKED_BY_HAND");
    }

    @Test
    void aRejectionInReviewBecomesTheDecisionWithItsOwnReason() {
        processReferred();

        CliRun review = cli("review", DETAILS_MISMATCH, "--outcome", "REJECTED", "--reviewer", "bob",
                "--reason", "DOCUMENT_NOT_A_LICENCE");

        assertThat(review.exitCode()).as(review.toString()).isZero();
        JsonNode status = status(DETAILS_MISMATCH);
        assertThat(status.get("decision").asText()).isEqualTo("REJECTED");
        assertThat(texts(status.get("reasons"))).containsExactly("REJECTED_IN_REVIEW");
        assertThat(status.get("review").get("hasNote").asBoolean()).isFalse();
    }

    @Test
    void theHistoryListsEveryStepInOrderFromReceiptToThePurge() {
        processReferred();
        cli("review", DETAILS_MISMATCH, "--outcome", "APPROVED", "--reviewer", "alice", "--reason",
                "LICENCE_CHECKED_BY_HAND");

        CliRun purge = cli("purge", DETAILS_MISMATCH, "--requested-by", "ops-desk", "--reason", "CUSTOMER_REQUEST");

        assertThat(purge.exitCode()).as(purge.toString()).isZero();
        JsonNode history = status(DETAILS_MISMATCH).get("history");
        assertThat(history).extracting(event -> event.get("kind").asText() + " " + event.get("actor").asText()
                        + " " + event.get("codes") + " " + event.get("before").asText("-") + ">"
                        + event.get("after").asText("-"))
                .containsExactly(
                        "RECEIVED system [\"ACCEPTED\"] ->-",
                        "DOCUMENTS_STORED system [] ->-",
                        "FACE_CHECKED system [\"MATCH\",\"SELFIE_NOT_INSPECTED\"] ->-",
                        "DETAILS_CHECKED system [\"DOCUMENT_UNSUPPORTED\"] ->-",
                        "NOTIFIED system [\"DETAILS_MATCH_FAILED\",\"DOCUMENT_UNSUPPORTED\"] ->-",
                        "DECIDED system [\"DOCUMENT_UNSUPPORTED\"] ->NEEDS_REVIEW",
                        "REVIEWED alice [\"LICENCE_CHECKED_BY_HAND\"] NEEDS_REVIEW>APPROVED",
                        "NOTIFIED system [\"REVIEWED\",\"APPROVED\",\"LICENCE_CHECKED_BY_HAND\"] ->-",
                        "DOCUMENTS_PURGED ops-desk [\"CUSTOMER_REQUEST\"] ->-");
        CliRun text = cli("status", DETAILS_MISMATCH);
        assertThat(text.out()).containsPattern("REVIEWED +alice +LICENCE_CHECKED_BY_HAND +NEEDS_REVIEW -> APPROVED")
                .containsPattern("DOCUMENTS_PURGED +ops-desk +CUSTOMER_REQUEST")
                .contains("history              9 events");
    }

    @Test
    void aRepeatedReviewIsReportedAsAlreadyDoneAndNotifiesOnce() throws Exception {
        processReferred();
        String[] review = {"review", DETAILS_MISMATCH, "--outcome", "APPROVED", "--reviewer", "alice", "--reason",
                "LICENCE_CHECKED_BY_HAND", "--note-file", noteFile().toString()};
        cli(review);
        int notified = notifications().size();

        CliRun again = cli(review);

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith(DETAILS_MISMATCH + ": already reviewed with this request");
        assertThat(notifications()).hasSize(notified);
        assertThat(status(DETAILS_MISMATCH).get("history")).extracting(e -> e.get("kind").asText())
                .filteredOn("REVIEWED"::equals).hasSize(1);
    }

    @Test
    void refusesADifferentReviewOfAReviewedApplicationAndKeepsTheFirst() {
        processReferred();
        cli("review", DETAILS_MISMATCH, "--outcome", "APPROVED", "--reviewer", "alice", "--reason",
                "LICENCE_CHECKED_BY_HAND");

        CliRun other = cli("review", DETAILS_MISMATCH, "--outcome", "REJECTED", "--reviewer", "bob", "--reason",
                "DOCUMENT_NOT_A_LICENCE");

        assertThat(other.exitCode()).as(other.toString()).isEqualTo(4);
        assertThat(other.err()).contains("refused: application " + DETAILS_MISMATCH + " was already reviewed")
                .contains("(ALREADY_REVIEWED)");
        assertThat(other.out()).isEmpty();
        assertThat(status(DETAILS_MISMATCH).get("review").get("reviewer").asText()).isEqualTo("alice");
    }

    @Test
    void refusesToReviewAnApplicationThatDoesNotAwaitReview() throws Exception {
        processApproved();
        int notified = notifications().size();

        CliRun review = cli("review", APPROVED, "--outcome", "REJECTED", "--reviewer", "alice", "--reason",
                "SECOND_THOUGHTS");

        assertThat(review.exitCode()).as(review.toString()).isEqualTo(4);
        assertThat(review.err()).contains("refused: application " + APPROVED + " does not await review")
                .contains("(NOT_AWAITING_REVIEW)");
        JsonNode status = status(APPROVED);
        assertThat(status.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(status.get("review").isNull()).isTrue();
        assertThat(notifications()).hasSize(notified);
    }

    @Test
    void anUnknownApplicationIsNoRecordForStatusReviewAndPurgeAndCreatesNothing() {
        List<CliRun> unknown = List.of(
                cli("status", "0000"),
                cli("review", "0000", "--outcome", "APPROVED", "--reviewer", "alice", "--reason", "OK"),
                cli("purge", "0000", "--requested-by", "ops", "--reason", "CUSTOMER_REQUEST"));

        for (CliRun run : unknown) {
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.err()).contains("no record for application 0000 in " + work);
            assertThat(run.out()).isEmpty();
        }
        assertThat(work).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--reviewer|alice smith|--reviewer",
            "--reviewer|-|--reviewer",
            "--reason|not-a-code|--reason",
            "--reason|lower_case|--reason",
            "--outcome|NEEDS_REVIEW|--outcome",
            "--note|NOTE\u0007|--note",
            "--note|NOTE-LONG|--note",
            "--note-file|EMPTY|--note-file",
            "--note-file|MISSING|--note-file"})
    void badReviewInputIsAUsageErrorNamingTheOptionAndNeverTheNote(String spec) throws Exception {
        processReferred();
        String[] parts = spec.split("\\|");
        String value = parts[1].replace("NOTE-LONG", NOTE.repeat(40)).replace("NOTE", NOTE)
                .replace("EMPTY", Files.writeString(temp.resolve("empty.txt"), "\n").toString())
                .replace("MISSING", temp.resolve("missing.txt").toString());
        var args = new ArrayList<>(List.of("review", DETAILS_MISMATCH, "--outcome", "APPROVED", "--reviewer", "alice",
                "--reason", "LICENCE_CHECKED_BY_HAND"));
        int at = args.indexOf(parts[0]);
        if (at >= 0) {
            args.set(at + 1, value);
        } else {
            args.addAll(List.of(parts[0], value));
        }

        CliRun run = cli(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains(parts[2]).doesNotContain(NOTE_MARK, "NICK");
        assertThat(run.out()).isEmpty();
        assertThat(status(DETAILS_MISMATCH).get("decision").asText()).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void aNoteThatPicocliRejectsIsNotQuotedInTheError() {
        processReferred();

        CliRun run = cli("review", DETAILS_MISMATCH, "--outcome", "APPROVED", "--reviewer", "alice", "--reason",
                "LICENCE_CHECKED_BY_HAND", "--note", "--json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("(the value of --note)").doesNotContain("'--json'");
    }

    @Test
    void aNoteOnTheCommandLineAndOneInAFileCannotBothBeGiven() {
        processReferred();

        CliRun run = cli("review", DETAILS_MISMATCH, "--outcome", "APPROVED", "--reviewer", "alice", "--reason",
                "LICENCE_CHECKED_BY_HAND", "--note", NOTE, "--note-file", noteFile().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive").doesNotContain(NOTE_MARK);
    }

    @Test
    void purgeDeletesThePackageAndFilesAndKeepsTheRecordAndItsDecision() throws Exception {
        processApproved();
        processReferred();
        List<Path> files = List.of(work.resolve("zipped/" + APPROVED + ".zip"));
        try (Stream<Path> stored = Files.list(work.resolve("unzipped"))) {
            files = Stream.concat(files.stream(), stored.filter(p -> p.getFileName().toString().startsWith(APPROVED)))
                    .toList();
        }
        assertThat(files).hasSize(4).allMatch(Files::exists);

        CliRun purge = cli("purge", APPROVED, "--requested-by", "ops-desk", "--reason", "CUSTOMER_REQUEST");

        assertThat(purge.exitCode()).as(purge.toString()).isZero();
        assertThat(purge.out()).startsWith(APPROVED + ": package and files deleted from " + work)
                .contains("documents            purged at");
        assertThat(files).noneMatch(Files::exists);
        assertThat(work.resolve("records/" + APPROVED + ".json")).exists();
        assertThat(work.resolve("zipped/" + DETAILS_MISMATCH + ".zip")).exists();
        try (Stream<Path> stored = Files.list(work.resolve("unzipped"))) {
            assertThat(stored.filter(p -> p.getFileName().toString().startsWith(DETAILS_MISMATCH))).hasSize(3);
        }
        assertThat(inputs.resolve(APPROVED + ".zip")).as("the input is never touched").exists();
        JsonNode status = status(APPROVED);
        assertThat(status.get("decision").asText()).isEqualTo("APPROVED");
        assertThat(status.get("licenseValidation").asText()).isEqualTo("VALID");
        assertThat(status.get("purge").get("requestedBy").asText()).isEqualTo("ops-desk");
        assertThat(status.get("purge").get("reasonCode").asText()).isEqualTo("CUSTOMER_REQUEST");
        JsonNode last = status.get("history").get(status.get("history").size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("DOCUMENTS_PURGED");
    }

    @Test
    void aRepeatedPurgeIsReportedAsAlreadyDone() {
        processApproved();
        cli("purge", APPROVED, "--requested-by", "ops-desk", "--reason", "CUSTOMER_REQUEST");

        CliRun again = cli("purge", APPROVED, "--requested-by", "ops-desk", "--reason", "CUSTOMER_REQUEST");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith(APPROVED + ": documents already purged (CUSTOMER_REQUEST at ");
        assertThat(status(APPROVED).get("history")).extracting(e -> e.get("kind").asText())
                .filteredOn("DOCUMENTS_PURGED"::equals).hasSize(1);
    }

    @Test
    void refusesToPurgeAnApplicationWithoutAFinalDecisionAndDeletesNothing() {
        processApproved();
        var repository = new FileApplicationRepository(work);
        ApplicationRecord done = repository.find(ApplicationId.of(APPROVED)).orElseThrow();
        repository.save(new ApplicationRecord(done.id(), done.sourceVersion(), done.revision() + 1, done.attempts(),
                done.receivedAt(), done.updatedAt(), done.applicant(), done.refusal(), done.documents(),
                done.faceCheck(), done.detailsCheck(), Optional.empty(),
                Optional.of(new KycDecision(DecisionOutcome.PENDING_LICENSE_VALIDATION, List.of())), done.effects(),
                done.history(), Optional.empty(), Optional.empty()));   // as if the licence check had not answered

        CliRun purge = cli("purge", APPROVED, "--requested-by", "ops-desk", "--reason", "CUSTOMER_REQUEST");

        assertThat(purge.exitCode()).as(purge.toString()).isEqualTo(4);
        assertThat(purge.err()).contains("refused: application " + APPROVED + " has no final decision yet")
                .contains("(NOT_DECIDED)");
        assertThat(work.resolve("zipped/" + APPROVED + ".zip")).exists();
        assertThat(status(APPROVED).get("stage").asText()).isEqualTo("WAITING_FOR_LICENSE_CHECK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--requested-by| ", "--requested-by|ops\u001b[2J", "--reason|customer request"})
    void badPurgeInputIsAUsageErrorNamingTheOptionAndDeletesNothing(String spec) {
        processApproved();
        String[] parts = spec.split("\\|");
        var args = new ArrayList<>(List.of("purge", APPROVED, "--requested-by", "ops-desk", "--reason",
                "CUSTOMER_REQUEST"));
        args.set(args.indexOf(parts[0]) + 1, parts[1]);

        CliRun run = cli(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("invalid " + parts[0]);
        assertThat(work.resolve("zipped/" + APPROVED + ".zip")).exists();
    }

    @Test
    void nothingPrintedOrNotifiedHoldsADeclaredValueOrTheNote() throws Exception {
        processApproved();
        processReferred();
        cli("status", DETAILS_MISMATCH);
        cli("review", DETAILS_MISMATCH, "--outcome", "APPROVED", "--reviewer", "alice", "--reason",
                "LICENCE_CHECKED_BY_HAND", "--note-file", noteFile().toString(), "--json");
        cli("review", DETAILS_MISMATCH, "--outcome", "REJECTED", "--reviewer", "alice", "--reason",
                "LICENCE_CHECKED_BY_HAND", "--note", NOTE);
        cli("review", DETAILS_MISMATCH, "--outcome", "APPROVED", "--reviewer", "alice", "--reason",
                "LICENCE_CHECKED_BY_HAND", "--note-file", noteFile().toString());
        cli("purge", DETAILS_MISMATCH, "--requested-by", "ops-desk", "--reason", "CUSTOMER_REQUEST", "--json");
        cli("status", DETAILS_MISMATCH);
        cli("status", "--json", DETAILS_MISMATCH);
        cli("status", APPROVED);
        cli("status", "--json", APPROVED);
        cli("show", DETAILS_MISMATCH);

        String printed = runs.stream().map(run -> run.out() + run.err()).reduce("", String::concat);
        assertThat(printed).contains("LICENCE_CHECKED_BY_HAND", "CUSTOMER_REQUEST", "FIRST_NAME");
        assertThat(printed).doesNotContain(NOTE_MARK).doesNotContain(DECLARED.toArray(String[]::new));
        assertThat(Files.readString(work.resolve("notifications.jsonl"))).doesNotContain(NOTE_MARK)
                .doesNotContain(DECLARED.toArray(String[]::new));
        assertThat(Files.readString(work.resolve("records/" + DETAILS_MISMATCH + ".json")))
                .as("the note is kept with the record, for auditors").contains(NOTE_MARK);
    }
}
