package io.onboarding.adapters.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.Effect;
import io.onboarding.domain.application.EffectState;
import io.onboarding.domain.decision.DecisionReason;
import io.onboarding.domain.decision.DetailsCheck;
import io.onboarding.domain.decision.FaceCheck;
import io.onboarding.domain.decision.KycDecision;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.LicenseValidation;
import io.onboarding.domain.model.NoFaceInSelfie;
import io.onboarding.domain.model.RefusalReason;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import io.onboarding.domain.testing.TestApplications;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileApplicationRepositoryTest {
    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
    private static final ApplicationId ID = ApplicationId.of("8d247914");

    @TempDir
    Path work;

    private ApplicationRecord accepted() {
        return ApplicationRecord.accepted(ID, "v1", 1, TestApplications.anApplicant().build(), AT);
    }

    @Test
    void storesEveryPartOfARecordAndReadsItBackEqual() {
        var repository = new FileApplicationRepository(work);
        KycPolicy policy = KycPolicy.defaults();
        DetailsCheck details = policy.evaluateDetails(
                TestApplications.anApplicant().with(IdField.LAST_NAME, "JOHN").build(),
                TestApplications.theSampleLicence().build(), LocalDate.of(2026, 6, 1));
        ApplicationRecord record = accepted()
                .withFaceCheck(new FaceCheck(new FacesCompared(99.40717315673828, 2), true), AT.plusSeconds(1))
                .withDetailsCheck(details, AT.plusSeconds(2))
                .withLicenseValidation(LicenseValidation.INVALID, AT.plusSeconds(3))
                .withEffect(Effect.NOTIFY_DETAILS_MATCH_FAILED, EffectState.done(AT), AT.plusSeconds(4))
                .withEffect(Effect.QUEUE_LICENSE_CHECK, EffectState.claimed(AT, "claim-1"), AT.plusSeconds(5))
                .withDecision(KycDecision.rejected(DecisionReason.DETAILS_MISMATCH, DecisionReason.LICENSE_INVALID),
                        AT.plusSeconds(6));

        for (long revision = 1; revision < record.revision(); revision++) {
            repository.save(copyAt(record, revision));
        }
        boolean saved = repository.save(record);

        assertThat(saved).isTrue();
        assertThat(repository.find(ID)).contains(record);
        assertThat(new FileApplicationRepository(work).find(ID)).as("kept across runs").contains(record);
    }

    @Test
    void storesRefusalsAndFaceOutcomesWithoutSimilarity() {
        var repository = new FileApplicationRepository(work);
        ApplicationRecord refusedFirst = ApplicationRecord.refused(ApplicationId.of("refused1"), "v", 1,
                RefusalReason.PATH_TRAVERSAL, AT);
        ApplicationRecord refused = refusedFirst.withDecision(KycDecision.rejected(DecisionReason.PACKAGE_REFUSED), AT);
        ApplicationRecord noFace = accepted().withFaceCheck(new FaceCheck(new NoFaceInSelfie(), false), AT);

        repository.save(refusedFirst);
        repository.save(refused);
        repository.save(accepted());
        repository.save(noFace);

        assertThat(repository.find(refused.id())).contains(refused);
        assertThat(repository.find(ID)).contains(noFace);
        assertThat(repository.findAll(id -> fail("damaged: " + id))).extracting(ApplicationRecord::id)
                .containsExactly(ID, refused.id());
    }

    @Test
    void savesOnlyOnTopOfTheRevisionItRead() {
        var repository = new FileApplicationRepository(work);
        ApplicationRecord first = accepted();

        boolean created = repository.save(first);
        boolean createdAgain = repository.save(first);
        boolean skipped = repository.save(first.withAttempt(AT).withAttempt(AT));
        boolean next = repository.save(first.withAttempt(AT));

        assertThat(created).isTrue();
        assertThat(createdAgain).isFalse();
        assertThat(skipped).isFalse();
        assertThat(next).isTrue();
        assertThat(repository.find(ID).orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void letsExactlyOneOfManyConcurrentWritersOfARevisionWin() throws Exception {
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
    void aRecordFiledUnderAnotherIdIsDamaged() throws Exception {
        var repository = new FileApplicationRepository(work);
        repository.save(accepted());
        Files.move(work.resolve("records/8d247914.json"), work.resolve("records/9c358026.json"));

        assertThatThrownBy(() -> repository.find(ApplicationId.of("9c358026"))).isInstanceOf(DependencyException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void listsTheReadableRecordsAndReportsTheDamagedOnes() throws Exception {
        var repository = new FileApplicationRepository(work);
        repository.save(accepted());
        Files.writeString(work.resolve("records/7a135804.json"), "{\"APP_UUID\": ");
        var damaged = new ArrayList<ApplicationId>();

        assertThat(repository.findAll(damaged::add)).extracting(ApplicationRecord::id).containsExactly(ID);
        assertThat(damaged).containsExactly(ApplicationId.of("7a135804"));
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(new FileApplicationRepository(work).find(ApplicationId.of("unknown"))).isEmpty();
        assertThat(new FileApplicationRepository(work).findAll(id -> fail("damaged: " + id))).isEmpty();
    }

    private static ApplicationRecord copyAt(ApplicationRecord record, long revision) {
        return new ApplicationRecord(record.id(), record.sourceVersion(), revision, record.attempts(),
                record.receivedAt(), record.updatedAt(), record.applicant(), record.refusal(), record.documents(),
                record.faceCheck(),
                record.detailsCheck(), record.licenseValidation(), record.decision(), record.effects());
    }
}
