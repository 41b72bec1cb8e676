package io.onboarding.domain.matching;

import java.util.Objects;

/**
 * What the document holds in a field of its own that completes a name: the middle name after the first name, the
 * suffix after the last name. Holds personal data: prints none of it.
 */
sealed interface NamePart permits NamePart.Absent, NamePart.Unsure, NamePart.Read {

    /** The reader did not find the part, or found it blank: the document shows none. */
    record Absent() implements NamePart {
    }

    /** The reader found the part with a confidence below the floor: it cannot be judged. */
    record Unsure() implements NamePart {
    }

    /** The part as the reader found it, with a confidence at or above the floor. */
    record Read(String text) implements NamePart {
        public Read {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Read[***]";
        }
    }
}
