package io.onboarding.adapters.local.selfie;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.model.SelfieNotInspected;
import io.onboarding.domain.port.SelfieInspector;
import java.util.Objects;

/**
 * A {@link SelfieInspector} for engines that cannot inspect a selfie yet: it says so ({@link SelfieNotInspected})
 * rather than inventing measures, so the policy judges nothing and the record, the status and the report show
 * {@code SELFIE_NOT_INSPECTED}. Reads nothing; thread-safe.
 */
public final class NotInspectingSelfieInspector implements SelfieInspector {
    @Override
    public SelfieInspection inspect(DocumentRef selfie) {
        Objects.requireNonNull(selfie, "selfie");
        return new SelfieNotInspected();
    }
}
