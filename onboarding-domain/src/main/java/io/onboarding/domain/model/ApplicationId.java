package io.onboarding.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The mobile app's identifier for one application ({@code app_uuid}). It becomes part of storage keys and the
 * record key, so only ASCII letters, digits, '_' and '-' are accepted, up to {@value #MAX_LENGTH} characters.
 */
public record ApplicationId(String value) {
    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    public ApplicationId {
        Objects.requireNonNull(value, "value");
        if (!ALLOWED.matcher(value).matches()) {
            // the rejected text may be anything a client sent: say what is wrong, never echo it
            throw new IllegalArgumentException("application id must be 1-" + MAX_LENGTH
                    + " characters of [A-Za-z0-9_-] (got " + value.length() + " characters)");
        }
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }

    /** True when {@code value} would be accepted by {@link #of(String)}. */
    public static boolean isValid(String value) {
        return value != null && ALLOWED.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
