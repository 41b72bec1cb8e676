package io.onboarding.domain.decision;

import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.model.SelfieNotInspected;
import java.util.List;
import java.util.Objects;

/**
 * The selfie check: what the inspector found and the issues the policy saw in it. A selfie with issues makes the
 * face comparison untrusted; one that was not inspected has none.
 */
public record SelfieQuality(SelfieInspection inspection, List<SelfieIssue> issues) {
    /** The code of a selfie with no issue. */
    public static final String SELFIE_OK = "SELFIE_OK";
    /** The code of a selfie the engine did not inspect. */
    public static final String SELFIE_NOT_INSPECTED = "SELFIE_NOT_INSPECTED";

    public SelfieQuality {
        Objects.requireNonNull(inspection, "inspection");
        issues = List.copyOf(issues);
        if (issues.size() != issues.stream().distinct().count()) {
            throw new IllegalArgumentException("issues must not repeat: " + issues);
        }
        if (inspection instanceof SelfieNotInspected && !issues.isEmpty()) {
            throw new IllegalArgumentException("a selfie that was not inspected has no issues");
        }
    }

    /** True when nothing speaks against comparing this selfie (including when it was not inspected). */
    public boolean passed() {
        return issues.isEmpty();
    }

    public boolean inspected() {
        return !(inspection instanceof SelfieNotInspected);
    }

    /** The check as codes: each issue's reason code, or {@value #SELFIE_OK}, or {@value #SELFIE_NOT_INSPECTED}. */
    public List<String> codes() {
        if (!inspected()) {
            return List.of(SELFIE_NOT_INSPECTED);
        }
        return passed() ? List.of(SELFIE_OK) : issues.stream().map(issue -> issue.reason().name()).toList();
    }
}
