package io.onboarding.domain.intake;

import java.util.Objects;

/**
 * Neutralises CSV/formula injection: a cell that starts with {@code = + - @}, a tab or a carriage return is prefixed
 * with a single quote, so a spreadsheet shows it as text instead of evaluating it (OWASP "CSV Injection").
 * Neutralised values are for files people may open; matching always uses the raw values.
 */
public final class SpreadsheetSafe {
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    /** The value, prefixed with {@code '} when its first character would start a formula; otherwise unchanged. */
    public static String neutralise(String value) {
        Objects.requireNonNull(value, "value");
        if (!value.isEmpty() && FORMULA_TRIGGERS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
