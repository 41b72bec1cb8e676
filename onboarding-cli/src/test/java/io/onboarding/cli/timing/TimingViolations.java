package io.onboarding.cli.timing;

import io.onboarding.cli.EngineKind;
import software.amazon.awssdk.regions.Region;

/** Deliberate violations for {@code ArchitectureTest}. Test sources only. */
final class TimingViolations {
    private TimingViolations() {
    }

    /** Timing that knows the AWS SDK. */
    static final class UsesTheSdk {
        String region() {
            return Region.US_EAST_1.id();
        }
    }

    /** Timing that reaches back into the composition root. */
    static final class UsesTheRoot {
        boolean offline(EngineKind kind) {
            return kind == EngineKind.OFFLINE;
        }
    }
}
