package io.onboarding.domain.usecase;

import static io.onboarding.domain.testing.TestApplications.SAMPLE_APPROVED;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.ApplicationRecord;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.decision.DecisionOutcome;
import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.intake.PackageLimits;
import io.onboarding.domain.intake.PackageReader;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.port.TransientDependencyException;
import org.junit.jupiter.api.Test;

class PurgeApplicationDocumentsTest {
    private static final ApplicationId APP = ApplicationId.of(SAMPLE_APPROVED);

    private final Pipeline pipeline = new Pipeline(new FacesCompared(99, 2), theSampleLicence().build());
    private final PurgeApplicationDocuments purge = new PurgeApplicationDocuments(pipeline.documents,
            pipeline.repository, ProcessingOptions.defaults(), Pipeline.CLOCK);

    private ApplicationRecord decided() {
        pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1"));
        return pipeline.submit.submit(pipeline.queue.queued().get(0)).record();
    }

    @Test
    void removesThePackageAndEveryStoredFileAndKeepsTheResult() {
        ApplicationRecord before = decided();
        assertThat(pipeline.documents.storedKeys()).hasSize(3);

        ApplicationRecord after = purge.purge(APP, "privacy.desk", "CUSTOMER_REQUEST").record();

        assertThat(pipeline.documents.storedKeys()).isEmpty();
        assertThat(pipeline.documents.packageKeys()).isEmpty();
        assertThat(after.decision()).isEqualTo(before.decision());
        assertThat(after.faceCheck()).isEqualTo(before.faceCheck());
        assertThat(after.detailsCheck()).isEqualTo(before.detailsCheck());
        assertThat(after.purge().orElseThrow().requestedBy()).isEqualTo("privacy.desk");
        HistoryEvent last = after.history().get(after.history().size() - 1);
        assertThat(last.kind()).isEqualTo(HistoryEvent.Kind.DOCUMENTS_PURGED);
        assertThat(last.actor()).isEqualTo("privacy.desk");
        assertThat(last.codes()).containsExactly("CUSTOMER_REQUEST");
    }

    @Test
    void leavesOtherApplicationsFilesAlone() {
        decided();
        pipeline.upload("0b1c2d3e", "v1", io.onboarding.domain.testing.TestApplications
                .samplePackageAs(SAMPLE_APPROVED, "0b1c2d3e"));
        new ReceivePackage(pipeline.documents, pipeline.repository, pipeline.notifier,
                new PackageReader(PackageLimits.defaults()), KycPolicy.defaults(), ProcessingOptions.defaults(),
                Pipeline.CLOCK).receive(new io.onboarding.domain.model.PackageRef("zipped/0b1c2d3e.zip", "v1"));

        purge.purge(APP, "privacy.desk", "CUSTOMER_REQUEST");

        assertThat(pipeline.documents.storedKeys()).hasSize(3).allMatch(key -> key.contains("0b1c2d3e"));
        assertThat(pipeline.documents.packageKeys()).containsExactly("zipped/0b1c2d3e.zip@v1");
    }

    @Test
    void aRepeatedPurgeIsADuplicateThatDeletesNothingMore() {
        decided();
        ApplicationRecord first = purge.purge(APP, "privacy.desk", "CUSTOMER_REQUEST").record();

        StepResult again = purge.purge(APP, "privacy.desk", "CUSTOMER_REQUEST");

        assertThat(again.duplicate()).isTrue();
        assertThat(again.record()).isEqualTo(first);
        assertThat(pipeline.documents.purgeCalls()).isEqualTo(1);
    }

    @Test
    void anUndecidedApplicationKeepsItsFiles() {
        pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1"));   // waits for the licence check
        assertThat(pipeline.repository.find(APP).orElseThrow().decision().orElseThrow().outcome())
                .isEqualTo(DecisionOutcome.PENDING_LICENSE_VALIDATION);

        assertThatThrownBy(() -> purge.purge(APP, "privacy.desk", "CUSTOMER_REQUEST"))
                .isInstanceOfSatisfying(ApplicationStateException.class,
                        e -> assertThat(e.code()).isEqualTo(ApplicationStateException.Code.NOT_DECIDED));
        assertThat(pipeline.documents.storedKeys()).hasSize(3);
        assertThat(pipeline.documents.purgeCalls()).isZero();
    }

    @Test
    void aStoreFailureRecordsNoPurgeAndARepeatFinishesIt() {
        decided();
        pipeline.documents.failingToPurgeWith(new TransientDependencyException("s3", "slow down", null));

        assertThatThrownBy(() -> purge.purge(APP, "privacy.desk", "CUSTOMER_REQUEST"))
                .isInstanceOf(TransientDependencyException.class);
        assertThat(pipeline.repository.find(APP).orElseThrow().purge()).isEmpty();

        pipeline.documents.failingToPurgeWith(null);
        assertThat(purge.purge(APP, "privacy.desk", "CUSTOMER_REQUEST").record().purge()).isPresent();
        assertThat(pipeline.documents.storedKeys()).isEmpty();
    }

    @Test
    void aPurgeWithoutAReasonCodeDeletesNothing() {
        decided();

        assertThatThrownBy(() -> purge.purge(APP, "privacy.desk", "because I said so"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(pipeline.documents.purgeCalls()).isZero();
    }

    @Test
    void anUnknownApplicationCannotBePurged() {
        assertThatThrownBy(() -> purge.purge(APP, "privacy.desk", "CUSTOMER_REQUEST"))
                .isInstanceOf(ApplicationNotFoundException.class);
    }
}
