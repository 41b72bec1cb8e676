package io.onboarding.domain.port;

import io.onboarding.domain.decision.KycPolicy;

/**
 * A port that reaches into {@code decision}, so ArchitectureTest can prove that ports may depend only on
 * {@code model}, {@code application} and the JDK. Test sources only.
 */
interface PolicyReadingPort {
    KycPolicy policy();
}
