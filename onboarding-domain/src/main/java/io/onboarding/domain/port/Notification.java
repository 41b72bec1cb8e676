package io.onboarding.domain.port;

import io.onboarding.domain.model.ApplicationId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message for the bank: which application, what happened, and reason codes. Codes are upper-case identifiers
 * (decision reasons, refusal reasons, field names) so no free text, and so no personal data, can travel in one.
 */
public record Notification(ApplicationId applicationId, Kind kind, List<String> reasonCodes) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public Notification {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(kind, "kind");
        reasonCodes = List.copyOf(reasonCodes);
        for (String code : reasonCodes) {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("reason codes must be upper-case identifiers");
            }
        }
    }

    /** What the notification is about. Subjects and texts stay compatible with the original system's e-mails. */
    public enum Kind {
        FACE_MATCH_FAILED("Face Match Fails", "No matches between selfie and license"),
        DETAILS_MATCH_FAILED("Customer ID Info Match Fails",
                "No matches between Customer ID and Submitted Customer Info"),
        LICENSE_VALIDATION_FAILED("Customer's License Validation Fails", "Invalid Customer's license"),
        PACKAGE_REFUSED("Application Package Refused", "The application package was refused at intake"),
        PROCESSING_FAILED("Application Processing Fails",
                "The application could not be processed and needs review"),
        REVIEWED("Application Reviewed", "A reviewer decided an application that needed review");

        private final String subject;
        private final String summary;

        Kind(String subject, String summary) {
            this.subject = subject;
            this.summary = summary;
        }

        public String subject() {
            return subject;
        }

        public String summary() {
            return summary;
        }
    }
}
