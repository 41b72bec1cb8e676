package io.onboarding.domain.intake;

import io.onboarding.domain.model.RefusalReason;
import java.util.Objects;

/**
 * Intake refused a package. The message names the rule that was broken and never quotes package content
 * (entry names excepted only when they are the expected, id-derived names).
 */
public final class PackageRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RefusalReason reason;

    public PackageRefusedException(RefusalReason reason, String message) {
        super(reason + ": " + Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public PackageRefusedException(RefusalReason reason, String message, Throwable cause) {
        this(reason, message);
        initCause(cause);
    }

    public RefusalReason reason() {
        return reason;
    }
}
