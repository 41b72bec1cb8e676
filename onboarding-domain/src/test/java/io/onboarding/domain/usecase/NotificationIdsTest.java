package io.onboarding.domain.usecase;

import static io.onboarding.domain.testing.TestApplications.SAMPLE_APPROVED;
import static io.onboarding.domain.testing.TestApplications.SAMPLE_FACE_MISMATCH;
import static io.onboarding.domain.testing.TestApplications.theSampleLicence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboarding.domain.application.Effect;
import io.onboarding.domain.model.ApplicationId;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.testing.RecordingNotifier;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Every notification carries an id that a receiver can drop repeats by: stable across attempts, unique otherwise. */
class NotificationIdsTest {
    private static final FacesCompared OTHER_PERSON = new FacesCompared(12, 1);

    @Test
    void aNotificationSentAgainAfterACrashCarriesTheSameId() {
        var died = new Pipeline(OTHER_PERSON, theSampleLicence().build());
        PackageRef ref = died.upload(SAMPLE_FACE_MISMATCH, "v1");
        died.notifier.dyingAfterSendingOnce();
        assertThatThrownBy(() -> died.process.process(ref)).isInstanceOf(RecordingNotifier.ProcessDied.class);

        var later = died.restartedAt(Pipeline.CLOCK.instant().plus(ProcessingOptions.defaults().claimLease()));
        later.process.process(ref);

        assertThat(died.notifier.ids()).hasSize(1);
        assertThat(later.notifier.ids()).isEqualTo(died.notifier.ids());
    }

    @Test
    void idsNameTheApplicationAndEffectAndDifferByUpload() {
        var pipeline = new Pipeline(OTHER_PERSON, theSampleLicence().build());
        pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v1"));
        pipeline.process.process(pipeline.upload(SAMPLE_APPROVED, "v2"));

        assertThat(pipeline.notifier.ids()).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches(SAMPLE_APPROVED + "\\.notify_face_match_failed\\.[0-9a-f]{16}"));
    }

    @Test
    void everyEffectOfAnUploadHasItsOwnId() {
        var ids = new HashSet<String>();
        for (Effect effect : Effect.values()) {
            ids.add(effect.idFor(ApplicationId.of(SAMPLE_APPROVED), "v1"));
        }

        assertThat(ids).hasSize(Effect.values().length);
        assertThat(Effect.NOTIFY_REVIEWED.idFor(ApplicationId.of(SAMPLE_APPROVED), "a-very-long-s3-version-id".repeat(9)))
                .hasSize(SAMPLE_APPROVED.length() + ".notify_reviewed.".length() + 16);
    }
}
