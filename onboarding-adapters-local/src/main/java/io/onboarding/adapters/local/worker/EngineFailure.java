package io.onboarding.adapters.local.worker;

/**
 * A worker process failed an engine call: it died (a native crash, a kill from outside), ran out of memory, missed
 * its deadline, broke the protocol, or could not be started. The detail holds codes and numbers only.
 */
final class EngineFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** What happened to the worker; the name, prefixed with {@code ENGINE_}, is the code in messages. */
    enum Kind {
        CRASHED, TIMED_OUT, OUT_OF_MEMORY, PROTOCOL_ERROR, UNAVAILABLE;

        String code() {
            return "ENGINE_" + name();
        }
    }

    private final Kind kind;
    private final String detail;

    EngineFailure(Kind kind, String detail) {
        super(kind.code() + " (" + detail + ")");
        this.kind = kind;
        this.detail = detail;
    }

    Kind kind() {
        return kind;
    }

    String detail() {
        return detail;
    }
}
