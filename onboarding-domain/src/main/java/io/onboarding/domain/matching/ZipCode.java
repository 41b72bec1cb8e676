package io.onboarding.domain.matching;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A US ZIP code: five digits, optionally followed by the four-digit ZIP+4 add-on ({@code plus4} is empty without
 * one). Prints no digits, because with a street address it locates a person.
 */
record ZipCode(String zip5, String plus4) {
    // A space or dash may separate ZIP5 and +4 (00000-1234); readers often drop it (000001234).
    private static final Pattern FORM = Pattern.compile("(\\d{5})(?:[ -]?(\\d{4}))?");

    ZipCode {
        Objects.requireNonNull(zip5, "zip5");
        Objects.requireNonNull(plus4, "plus4");
        if (!zip5.matches("\\d{5}") || !(plus4.isEmpty() || plus4.matches("\\d{4}"))) {
            throw new IllegalArgumentException("not a ZIP or ZIP+4");
        }
    }

    /** The ZIP code in the text, or empty when the text is not exactly a ZIP5 or a ZIP+4 (1234 is neither). */
    static Optional<ZipCode> parse(String text) {
        var matcher = FORM.matcher(TextFolding.fold(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String plus4 = matcher.group(2);
        return Optional.of(new ZipCode(matcher.group(1), plus4 == null ? "" : plus4));
    }

    /**
     * Whether both name the same delivery area: the same ZIP5 and, when both carry a +4, the same +4. A missing
     * +4 says nothing about it, so it does not contradict one on the other side.
     */
    boolean sameAreaAs(ZipCode other) {
        return zip5.equals(other.zip5) && (plus4.isEmpty() || other.plus4.isEmpty() || plus4.equals(other.plus4));
    }

    @Override
    public String toString() {
        return "ZipCode[***]";
    }
}
