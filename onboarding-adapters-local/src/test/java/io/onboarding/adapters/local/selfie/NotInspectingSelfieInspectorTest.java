package io.onboarding.adapters.local.selfie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.onboarding.domain.decision.KycPolicy;
import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.FacesCompared;
import io.onboarding.domain.model.SelfieNotInspected;
import org.junit.jupiter.api.Test;

class NotInspectingSelfieInspectorTest {
    private final NotInspectingSelfieInspector inspector = new NotInspectingSelfieInspector();

    @Test
    void saysTheSelfieWasNotInspectedSoThePolicyJudgesOnlyTheComparison() {
        var inspection = inspector.inspect(new DocumentRef("unzipped/8d247914_selfie.png"));

        assertThat(inspection).isEqualTo(new SelfieNotInspected());
        var face = KycPolicy.defaults().evaluateFace(new FacesCompared(99, 2), inspection);
        assertThat(face.passed()).isTrue();
        assertThat(face.codes()).containsExactly("MATCH", "SELFIE_NOT_INSPECTED");
    }

    @Test
    void refusesAMissingSelfie() {
        assertThatNullPointerException().isThrownBy(() -> inspector.inspect(null));
    }
}
