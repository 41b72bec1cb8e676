package io.onboarding.lambdas.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.onboarding.adapters.aws.s3.UploadLinks.UploadLink;
import io.onboarding.domain.application.ApplicationStatus;
import io.onboarding.domain.application.HistoryEvent;
import io.onboarding.domain.application.Purge;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents of the API, as records Jackson writes: the application's status, the upload link, errors.
 * Times are ISO-8601 strings in UTC; absent values are left out. Everything here comes from
 * {@link ApplicationStatus}, which holds no declared or extracted value and no review note.
 */
final class ApiDocuments {
    private ApiDocuments() {
    }

    /** {@code {"error": "<CODE>", "fields": [names]}}: what went wrong and which members, never their values. */
    record Error(String error, List<String> fields) {
        Error {
            fields = List.copyOf(fields);
        }
    }

    /** The answer to {@code POST /applications}. */
    record Created(String appUuid, Upload upload) {
    }

    /** How to upload: send {@code method} to {@code url} with exactly {@code headers}, before {@code expiresAt}. */
    record Upload(String method, String url, Map<String, String> headers, String expiresAt) {
        static Upload of(UploadLink link) {
            return new Upload(link.method(), link.url().toString(), link.headers(), link.expiresAt().toString());
        }
    }

    /** The application's status (see {@link ApplicationStatus}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Status(String appUuid, String stage, String decision, List<String> reasons, String refusalReason,
                  String face, Selfie selfie, Details details, String licenseValidation, String receivedAt,
                  String updatedAt, String decidedAt, Review review, PurgeDone purge, List<Event> history) {
        static Status of(ApplicationStatus status) {
            return new Status(status.id().value(), status.stage().name(),
                    status.decision().map(Enum::name).orElse(null), status.reasons(),
                    status.refusal().map(Enum::name).orElse(null), status.face().orElse(null),
                    status.selfie().map(Selfie::of).orElse(null), status.details().map(Details::of).orElse(null),
                    status.licenseValidation().map(Enum::name).orElse(null), time(status.receivedAt()),
                    time(status.updatedAt()), status.decidedAt().map(ApiDocuments::time).orElse(null),
                    status.review().map(Review::of).orElse(null), status.purge().map(PurgeDone::of).orElse(null),
                    status.history().stream().map(Event::of).toList());
        }
    }

    /**
     * The selfie check: PASSED, FAILED or NOT_INSPECTED, its codes ({@code SELFIE_OK}, the issues' reason codes or
     * {@code SELFIE_NOT_INSPECTED}) and the faces found when the selfie was inspected. Never the image or its measures.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Selfie(String outcome, List<String> codes, Integer facesFound) {
        static Selfie of(ApplicationStatus.SelfieCheck selfie) {
            return new Selfie(selfie.outcome(), selfie.codes(), selfie.facesFound().orElse(null));
        }
    }

    /** The details check: whether the document was supported and unexpired, and each field's outcome and reason. */
    record Details(boolean documentSupported, boolean licenseExpired, List<Field> fields) {
        static Details of(ApplicationStatus.Details details) {
            return new Details(details.documentSupported(), details.licenseExpired(), details.fields().stream()
                    .map(f -> new Field(f.field(), f.outcome(), f.reason())).toList());
        }
    }

    /** One declared field's comparison: codes only. */
    record Field(String field, String outcome, String reason) {
    }

    /** The review, without its note; {@code hasNote} says whether one was left. */
    record Review(String at, String reviewer, String outcome, String reasonCode, boolean hasNote) {
        static Review of(ApplicationStatus.ReviewSummary review) {
            return new Review(time(review.at()), review.reviewer(), review.outcome().name(), review.reasonCode(),
                    review.hasNote());
        }
    }

    /** The purge of the application's files: when, who asked and why. */
    record PurgeDone(String at, String requestedBy, String reasonCode) {
        static PurgeDone of(Purge purge) {
            return new PurgeDone(time(purge.at()), purge.requestedBy(), purge.reasonCode());
        }
    }

    /** One history entry, oldest first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Event(String at, String kind, String actor, List<String> codes, String before, String after) {
        static Event of(HistoryEvent event) {
            return new Event(time(event.at()), event.kind().name(), event.actor(), event.codes(),
                    event.before().map(Enum::name).orElse(null), event.after().map(Enum::name).orElse(null));
        }
    }

    private static String time(Instant instant) {
        return instant.toString();
    }
}
