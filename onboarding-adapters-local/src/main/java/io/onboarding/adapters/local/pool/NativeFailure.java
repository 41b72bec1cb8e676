package io.onboarding.adapters.local.pool;

import java.util.Locale;

/**
 * How a failure of a native engine is described in a {@code DependencyException}: by the exception's class only,
 * since native messages may describe image content, plus {@value #OUT_OF_MEMORY} when the native library said that
 * an allocation failed (OpenCV's "Insufficient memory", C++'s {@code std::bad_alloc}): under a worker's memory
 * ceiling, that is how an image too large for it ends.
 */
public final class NativeFailure {
    /** Added to the description of a failed native allocation. */
    public static final String OUT_OF_MEMORY = "out of memory";

    private NativeFailure() {
    }

    /** {@code RuntimeException}, or {@code RuntimeException (out of memory)}. */
    public static String describe(Throwable failure) {
        String type = failure.getClass().getSimpleName();
        return isAllocationFailure(failure) ? type + " (" + OUT_OF_MEMORY + ")" : type;
    }

    /** Whether a description made by {@link #describe} (or a message holding one) names a failed allocation. */
    public static boolean isOutOfMemory(String description) {
        return description != null && description.contains("(" + OUT_OF_MEMORY + ")");
    }

    private static boolean isAllocationFailure(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return true;
        }
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("insufficient memory") || message.contains("bad_alloc")
                || message.contains("failed to allocate");
    }
}
