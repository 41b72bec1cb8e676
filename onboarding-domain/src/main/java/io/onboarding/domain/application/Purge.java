package io.onboarding.domain.application;

import java.time.Instant;
import java.util.Objects;

/** The deletion, on request, of an application's package and files; the verification result stays. */
public record Purge(Instant at, String requestedBy, String reasonCode) {
    public Purge {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(reasonCode, "reasonCode");
        if (requestedBy.isBlank()) {
            throw new IllegalArgumentException("a purge names who asked for it");
        }
        if (!HistoryEvent.isCode(reasonCode)) {
            throw new IllegalArgumentException("a purge's reason is an upper-case code");
        }
    }
}
